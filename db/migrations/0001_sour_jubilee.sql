DROP INDEX `findings_rule`;--> statement-breakpoint
CREATE INDEX `findings_rule` ON `findings` (`rule`,`severity`,`report_id`);--> statement-breakpoint
ALTER TABLE `agencies` ADD `sort_key` text;--> statement-breakpoint
CREATE INDEX `agencies_sort_key` ON `agencies` (`sort_key`);--> statement-breakpoint
CREATE INDEX `reports_imported` ON `reports` (`status`,`synthetic`,`imported_at`);
DROP INDEX `reports_imported`;--> statement-breakpoint
CREATE INDEX `reports_latest_import` ON `reports` (`synthetic`,`status`,`imported_at`);
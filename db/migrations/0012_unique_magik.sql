DROP INDEX `findings_report`;--> statement-breakpoint
CREATE INDEX `findings_report` ON `findings` (`report_id`,`rule`,`severity`);
DROP INDEX `metrics_type_year`;--> statement-breakpoint
CREATE INDEX `metrics_type_year` ON `report_metrics` (`type_id`,`year`,`synthetic`,`apps_new`,`agency_id`);
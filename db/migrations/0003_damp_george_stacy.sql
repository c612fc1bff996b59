CREATE INDEX `metrics_apps_new` ON `report_metrics` (`synthetic`,`apps_new`);--> statement-breakpoint
CREATE INDEX `metrics_year_apps_new` ON `report_metrics` (`synthetic`,`year`,`apps_new`);--> statement-breakpoint
CREATE INDEX `metrics_errors` ON `report_metrics` (`synthetic`,`error_count`);
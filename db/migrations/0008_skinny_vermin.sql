DROP INDEX `metrics_province_year`;--> statement-breakpoint
CREATE INDEX `metrics_cell` ON `report_metrics` (`province_code`,`year`,`synthetic`,`template`,`type_id`,`city_code`);
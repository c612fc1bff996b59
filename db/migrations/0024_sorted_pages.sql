CREATE INDEX `metrics_province_year_score` ON `report_metrics` (`synthetic`,`year`,`province_code`,`score`) WHERE "score" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `agency_totals_apps_new` ON `agency_totals` ("apps_new" DESC,`sort_key`,`agency_id`,`synthetic`);--> statement-breakpoint
CREATE INDEX `agency_totals_sort_key` ON `agency_totals` (`sort_key`,`agency_id`,`synthetic`);
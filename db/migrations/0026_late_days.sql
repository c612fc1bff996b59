CREATE TABLE `late_day_rollups` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`province_code` text,
	`days_late` integer NOT NULL,
	`reports` integer NOT NULL,
	`type_id` text
);
--> statement-breakpoint
CREATE INDEX `late_day_rollups_type` ON `late_day_rollups` (`synthetic`,`type_id`,`year`,`days_late`,`province_code`,`reports`);--> statement-breakpoint
CREATE INDEX `late_day_rollups_province` ON `late_day_rollups` (`synthetic`,`year`,`province_code`);--> statement-breakpoint
CREATE TABLE `late_day_totals` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`province_code` text,
	`days_late` integer NOT NULL,
	`reports` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `late_day_totals_year` ON `late_day_totals` (`synthetic`,`year`,`days_late`,`province_code`,`reports`);--> statement-breakpoint
CREATE INDEX `late_day_totals_province` ON `late_day_totals` (`synthetic`,`province_code`,`year`,`days_late`,`reports`);--> statement-breakpoint
-- Filled from the late reports' partial index (metrics_late: ~120 k entries at a million, well under a second); a
-- slice still marked for a refresh is rebuilt with the other rollups by the next one (db/queries/refresh-rollups.ts).
INSERT INTO `late_day_rollups` (`synthetic`, `year`, `province_code`, `type_id`, `days_late`, `reports`)
SELECT `synthetic`, `year`, `province_code`, `type_id`, `days_late`, count(*) FROM `report_metrics`
WHERE `days_late` > 0 GROUP BY `synthetic`, `year`, `province_code`, `type_id`, `days_late`;--> statement-breakpoint
INSERT INTO `late_day_totals` (`synthetic`, `year`, `province_code`, `days_late`, `reports`)
SELECT `synthetic`, `year`, `province_code`, `days_late`, sum(`reports`) FROM `late_day_rollups`
GROUP BY `synthetic`, `year`, `province_code`, `days_late`;--> statement-breakpoint
ANALYZE `late_day_rollups`;--> statement-breakpoint
ANALYZE `late_day_totals`;

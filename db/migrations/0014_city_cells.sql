CREATE TABLE `cell_dirty` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`template` text NOT NULL,
	`province_code` text NOT NULL,
	`type_id` text NOT NULL,
	`city_code` text NOT NULL,
	PRIMARY KEY(`synthetic`, `year`, `template`, `province_code`, `type_id`, `city_code`)
);
--> statement-breakpoint
ALTER TABLE `finding_rollups` ADD `city_code` text;--> statement-breakpoint
CREATE INDEX `finding_rollups_city` ON `finding_rollups` (`city_code`);--> statement-breakpoint
CREATE INDEX `finding_rollups_rule` ON `finding_rollups` (`synthetic`,`rule`,`severity`,`year`,`province_code`,`count`);--> statement-breakpoint
-- The data-quality counts were per province: emptied, and every (synthetic, year, province) marked, so the next
-- refresh (the app's start, or the next import) counts them again per city (a full rebuild, ~20 s at a million).
DELETE FROM `finding_rollups`;--> statement-breakpoint
INSERT OR IGNORE INTO `rollup_dirty` (`synthetic`, `year`, `province_code`) SELECT DISTINCT `synthetic`, `year`, coalesce(`province_code`, '') FROM `report_metrics`;

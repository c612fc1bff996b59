CREATE TABLE `agency_coverage` (
	`agency_id` integer PRIMARY KEY NOT NULL,
	`synthetic` integer NOT NULL,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`area_code` text,
	`type_id` text,
	`sort_key` text NOT NULL,
	`years` integer NOT NULL,
	`gaps` integer NOT NULL,
	`late` integer NOT NULL,
	`undated` integer NOT NULL,
	`replaced` integer NOT NULL,
	`listed` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agency_coverage_province` ON `agency_coverage` (`synthetic`,`province_code`,`city_code`,`county_code`,`type_id`,`years`,`gaps`,`late`,`undated`,`listed`);--> statement-breakpoint
CREATE INDEX `agency_coverage_city` ON `agency_coverage` (`city_code`);--> statement-breakpoint
CREATE INDEX `agency_coverage_county` ON `agency_coverage` (`county_code`);--> statement-breakpoint
CREATE INDEX `agency_coverage_sort` ON `agency_coverage` (`synthetic`,`sort_key`);--> statement-breakpoint
CREATE TABLE `agency_list` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`region_code` text,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`type_id` text,
	`sort_key` text NOT NULL,
	`agency_id` integer,
	`imported_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_list_name` ON `agency_list` (`name`);--> statement-breakpoint
CREATE INDEX `agency_list_agency` ON `agency_list` (`agency_id`);--> statement-breakpoint
CREATE INDEX `agency_list_province` ON `agency_list` (`province_code`,`sort_key`);--> statement-breakpoint
CREATE INDEX `agency_list_city` ON `agency_list` (`city_code`);--> statement-breakpoint
CREATE INDEX `agency_list_county` ON `agency_list` (`county_code`);--> statement-breakpoint
CREATE INDEX `agency_list_sort` ON `agency_list` (`sort_key`);--> statement-breakpoint
CREATE TABLE `coverage_province_rollups` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`province_code` text,
	`type_id` text,
	`present` integer NOT NULL,
	`late` integer NOT NULL,
	`undated` integer NOT NULL,
	`replaced` integer NOT NULL,
	`missing_gap` integer NOT NULL,
	`missing_list` integer NOT NULL,
	`starts` integer NOT NULL,
	`ends` integer NOT NULL,
	`listed_starts` integer NOT NULL,
	`listed_ends` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `coverage_province_rollups_year` ON `coverage_province_rollups` (`synthetic`,`year`);--> statement-breakpoint
CREATE TABLE `coverage_rollups` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`province_code` text,
	`area_code` text,
	`type_id` text,
	`present` integer NOT NULL,
	`late` integer NOT NULL,
	`undated` integer NOT NULL,
	`replaced` integer NOT NULL,
	`missing_gap` integer NOT NULL,
	`missing_list` integer NOT NULL,
	`starts` integer NOT NULL,
	`ends` integer NOT NULL,
	`listed_starts` integer NOT NULL,
	`listed_ends` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `coverage_rollups_province` ON `coverage_rollups` (`synthetic`,`province_code`,`year`);--> statement-breakpoint
CREATE INDEX `metrics_late` ON `report_metrics` (`synthetic`,`year`,`days_late`,`province_code`,`type_id`) WHERE days_late > 0;--> statement-breakpoint
-- Every agency with a report is marked, so the next refresh (the app's start, or the next import) fills
-- agency_coverage and its rollups beside agency_presence (at a million, most agencies are marked: one full rebuild).
INSERT OR IGNORE INTO `presence_dirty` (`agency_id`) SELECT `agency_id` FROM `agency_presence`;

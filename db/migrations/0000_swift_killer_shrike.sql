CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`province_code` text NOT NULL,
	`city_code` text
);
--> statement-breakpoint
CREATE INDEX `regions_parent` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type_id` text,
	`region_code` text,
	`region_status` text NOT NULL,
	`region_evidence` text,
	`level` text,
	`zone` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_name` ON `agencies` (`name`);--> statement-breakpoint
CREATE INDEX `agencies_region` ON `agencies` (`region_code`);--> statement-breakpoint
CREATE TABLE `agency_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`agency_id` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `region_candidates` (
	`agency_id` integer NOT NULL,
	`region_code` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `region_candidates_pk` ON `region_candidates` (`agency_id`,`region_code`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`path` text NOT NULL,
	`message` text NOT NULL,
	`line` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_report` ON `findings` (`report_id`);--> statement-breakpoint
CREATE INDEX `findings_rule` ON `findings` (`rule`,`severity`);--> statement-breakpoint
CREATE TABLE `narrative_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`metric` text NOT NULL,
	`channel` text NOT NULL,
	`value` integer NOT NULL,
	`unit` text NOT NULL,
	`evidence` text NOT NULL,
	`source_offset` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `narrative_report` ON `narrative_figures` (`report_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`year` integer NOT NULL,
	`template` text,
	`source_hash` text NOT NULL,
	`format` text NOT NULL,
	`encoding` text NOT NULL,
	`parser_version` text NOT NULL,
	`imported_at` integer NOT NULL,
	`status` text NOT NULL,
	`replaced_by` integer,
	`synthetic` integer DEFAULT false NOT NULL,
	`error_count` integer NOT NULL,
	`warning_count` integer NOT NULL,
	`document` blob NOT NULL,
	`year_link` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_hash`) REFERENCES `source_files`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_agency_year` ON `reports` (`agency_id`,`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_current` ON `reports` (`agency_id`,`year`) WHERE status = 'current';--> statement-breakpoint
CREATE INDEX `reports_source` ON `reports` (`source_hash`);--> statement-breakpoint
CREATE TABLE `source_files` (
	`hash` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`byte_length` integer NOT NULL,
	`content` blob NOT NULL,
	`stored_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `report_metrics` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`agency_id` integer NOT NULL,
	`year` integer NOT NULL,
	`template` text,
	`type_id` text,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`synthetic` integer DEFAULT false NOT NULL,
	`error_count` integer NOT NULL,
	`warning_count` integer NOT NULL,
	`docs_issued` integer,
	`docs_published` integer,
	`docs_in_force` integer,
	`docs_repealed` integer,
	`licensing_decisions` integer,
	`penalty_decisions` integer,
	`coercion_decisions` integer,
	`fees_amount` real,
	`procurement_amount` real,
	`items_published_website` integer,
	`items_published_wechat` integer,
	`items_published_weibo` integer,
	`items_published_new_media` integer,
	`items_published_total` integer,
	`apps_new` integer,
	`apps_carried_over` integer,
	`apps_natural` integer,
	`apps_commercial` integer,
	`apps_research` integer,
	`apps_social` integer,
	`apps_legal` integer,
	`apps_other_applicant` integer,
	`apps_legal_persons` integer,
	`granted` integer,
	`partial` integer,
	`denied` integer,
	`unable` integer,
	`rejected` integer,
	`other_outcome` integer,
	`handled` integer,
	`carried_forward` integer,
	`denied_state_secret` integer,
	`denied_law_forbidden` integer,
	`denied_safety_stability` integer,
	`denied_third_party` integer,
	`denied_internal_affairs` integer,
	`denied_process_info` integer,
	`denied_enforcement_file` integer,
	`denied_inquiry` integer,
	`unable_not_held` integer,
	`unable_needs_creation` integer,
	`unable_unclear` integer,
	`rejected_complaint` integer,
	`rejected_repeated` integer,
	`rejected_publication` integer,
	`rejected_excessive` integer,
	`rejected_confirmation` integer,
	`other_overdue_correction` integer,
	`other_unpaid_fee` integer,
	`other_misc` integer,
	`review_upheld` integer,
	`review_corrected` integer,
	`review_other` integer,
	`review_pending` integer,
	`review_total` integer,
	`litigation_direct_upheld` integer,
	`litigation_direct_corrected` integer,
	`litigation_direct_other` integer,
	`litigation_direct_pending` integer,
	`litigation_direct_total` integer,
	`litigation_after_review_upheld` integer,
	`litigation_after_review_corrected` integer,
	`litigation_after_review_other` integer,
	`litigation_after_review_pending` integer,
	`litigation_after_review_total` integer,
	`litigation_total` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `metrics_year` ON `report_metrics` (`year`);--> statement-breakpoint
CREATE INDEX `metrics_province_year` ON `report_metrics` (`province_code`,`year`);--> statement-breakpoint
CREATE INDEX `metrics_city_year` ON `report_metrics` (`city_code`,`year`);--> statement-breakpoint
CREATE INDEX `metrics_county_year` ON `report_metrics` (`county_code`,`year`);--> statement-breakpoint
CREATE INDEX `metrics_type_year` ON `report_metrics` (`type_id`,`year`);--> statement-breakpoint
CREATE INDEX `metrics_agency_year` ON `report_metrics` (`agency_id`,`year`);
CREATE TABLE `prose_anchors` (
	`year` integer NOT NULL,
	`hash` integer NOT NULL,
	`report_id` integer NOT NULL,
	PRIMARY KEY(`year`, `hash`, `report_id`)
);
--> statement-breakpoint
CREATE INDEX `prose_anchors_report` ON `prose_anchors` (`report_id`);--> statement-breakpoint
CREATE TABLE `report_prose` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`sentences` blob NOT NULL,
	`sampled` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_prose_sampled` ON `report_prose` (`report_id`) WHERE sampled = 1;--> statement-breakpoint
CREATE TABLE `sentence_counts` (
	`hash` integer PRIMARY KEY NOT NULL,
	`reports` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sentence_counts_reports` ON `sentence_counts` (`reports`);--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `copied_prev` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `copied_peer` real;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `copied_peer_report` integer;
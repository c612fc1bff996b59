CREATE TABLE `copy_pending` (
	`report_id` integer PRIMARY KEY NOT NULL
);

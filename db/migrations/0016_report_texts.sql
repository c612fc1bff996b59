CREATE TABLE `report_texts` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`text` blob NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);

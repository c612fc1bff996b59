CREATE TABLE `set_aside_indexes` (
	`name` text PRIMARY KEY NOT NULL,
	`sql` text NOT NULL,
	`owner` integer NOT NULL
);

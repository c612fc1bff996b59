CREATE TABLE `cell_dirty` (
	`synthetic` integer NOT NULL,
	`year` integer NOT NULL,
	`template` text NOT NULL,
	`province_code` text NOT NULL,
	`type_id` text NOT NULL,
	`city_code` text NOT NULL,
	PRIMARY KEY(`synthetic`, `year`, `template`, `province_code`, `type_id`, `city_code`)
);

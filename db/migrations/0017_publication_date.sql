ALTER TABLE `reports` ADD `published_on` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `published_from` text;--> statement-breakpoint
ALTER TABLE `report_metrics` ADD `days_late` integer;
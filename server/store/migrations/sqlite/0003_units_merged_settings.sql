CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `units` ADD `merged_into` text;--> statement-breakpoint
ALTER TABLE `units` ADD `merged_at` integer;--> statement-breakpoint
CREATE INDEX `units_merged` ON `units` (`merged_into`);
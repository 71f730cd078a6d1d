CREATE TABLE `form_drafts` (
	`user_id` text NOT NULL,
	`procedure_code` text NOT NULL,
	`version_id` text NOT NULL,
	`data` text NOT NULL,
	`attachments` text NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `procedure_code`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `procedure_versions`(`id`) ON UPDATE no action ON DELETE no action
);

CREATE TABLE `api_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text,
	`component_id` text NOT NULL,
	`owner_id` text,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_path` text,
	`content` blob,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachments_dossier` ON `attachments` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `calendars` (
	`id` text PRIMARY KEY NOT NULL,
	`spec` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dossier_events` (
	`dossier_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` integer NOT NULL,
	`event` text NOT NULL,
	`role` text NOT NULL,
	`actor_id` text,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`dossier_id`, `seq`),
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dossier_sequences` (
	`unit_code` text NOT NULL,
	`day` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`unit_code`, `day`)
);
--> statement-breakpoint
CREATE TABLE `dossiers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`qr_token` text NOT NULL,
	`procedure_code` text NOT NULL,
	`version_id` text NOT NULL,
	`unit_code` text NOT NULL,
	`channel` text NOT NULL,
	`applicant_id` text,
	`submitted_by` text,
	`status` text NOT NULL,
	`alert` text,
	`state` text NOT NULL,
	`revision` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`received_at` integer,
	`due_at` integer,
	`finished_at` integer,
	`timing` text,
	FOREIGN KEY (`version_id`) REFERENCES `procedure_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossiers_code_unique` ON `dossiers` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `dossiers_qr_token_unique` ON `dossiers` (`qr_token`);--> statement-breakpoint
CREATE INDEX `dossiers_unit_status_due` ON `dossiers` (`unit_code`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `dossiers_applicant` ON `dossiers` (`applicant_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`response` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`recipient` text NOT NULL,
	`template` text NOT NULL,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_pending` ON `outbox` (`sent_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`amount` integer NOT NULL,
	`method` text NOT NULL,
	`reference` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payments_dossier` ON `payments` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `procedure_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`procedure_code` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`definition` text NOT NULL,
	`content_hash` text NOT NULL,
	`problems` text NOT NULL,
	`based_on` text,
	`author_id` text NOT NULL,
	`reviewer_id` text,
	`comments` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`reviewed_at` integer,
	`published_at` integer,
	`retired_at` integer,
	FOREIGN KEY (`procedure_code`) REFERENCES `procedures`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `procedure_versions_code_version` ON `procedure_versions` (`procedure_code`,`version`);--> statement-breakpoint
CREATE TABLE `procedures` (
	`code` text PRIMARY KEY NOT NULL,
	`live_version_id` text,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`search_text` text NOT NULL,
	`sector` text NOT NULL,
	`unit_code` text NOT NULL,
	`level` text NOT NULL,
	`created_at` integer NOT NULL,
	`retired_at` integer
);
--> statement-breakpoint
CREATE INDEX `procedures_live` ON `procedures` (`live_version_id`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`user_id` text NOT NULL,
	`unit_code` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `unit_code`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `role_assignments_unit` ON `role_assignments` (`unit_code`,`role`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`dossier_id` text NOT NULL,
	`task_id` text NOT NULL,
	`node` text NOT NULL,
	`role` text NOT NULL,
	`kind` text NOT NULL,
	`unit_code` text NOT NULL,
	`assignee_id` text,
	`opened_at` integer NOT NULL,
	`step_due_at` integer,
	`due_at` integer,
	PRIMARY KEY(`dossier_id`, `task_id`),
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_worklist` ON `tasks` (`unit_code`,`role`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_assignee` ON `tasks` (`assignee_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `timers` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`timer` text NOT NULL,
	`kind` text NOT NULL,
	`fire_at` integer NOT NULL,
	`lease_until` integer,
	`leased_by` text,
	`fired_at` integer,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `timers_due` ON `timers` (`fired_at`,`fire_at`);--> statement-breakpoint
CREATE INDEX `timers_dossier` ON `timers` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`code` text PRIMARY KEY NOT NULL,
	`parent_code` text,
	`kind` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text,
	`oidc_subject` text,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_oidc_subject_unique` ON `users` (`oidc_subject`);
CREATE TABLE `dossier_results` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`node` text NOT NULL,
	`document` text,
	`attachment_id` text NOT NULL,
	`sha256` text NOT NULL,
	`verify_token` text NOT NULL,
	`unit_code` text NOT NULL,
	`issued_by` text NOT NULL,
	`issued_at` integer NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_results_attachment_id_unique` ON `dossier_results` (`attachment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_results_verify_token_unique` ON `dossier_results` (`verify_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_results_dossier_node` ON `dossier_results` (`dossier_id`,`node`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`dossier_id` text PRIMARY KEY NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`rated_by` text NOT NULL,
	`rated_at` integer NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);

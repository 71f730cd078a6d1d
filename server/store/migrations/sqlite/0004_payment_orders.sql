CREATE TABLE `payment_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`amount` integer NOT NULL,
	`gateway` text NOT NULL,
	`status` text NOT NULL,
	`transaction_no` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`settled_at` integer
);
--> statement-breakpoint
CREATE INDEX `payment_orders_dossier` ON `payment_orders` (`dossier_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_orders_transaction` ON `payment_orders` (`gateway`,`transaction_no`);
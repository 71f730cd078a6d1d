-- The audit log as several hash chains (server/store/chain.ts): one per unit (`unit:<code>`), `system` for actions
-- of no unit, and `legacy`: the one global chain written before this migration, kept as it was (same seqs, same
-- hashes; its records have no `chain` member) and closed. Periodic anchors (server/store/anchors.ts) chain the heads.
CREATE TABLE `audit_anchors` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`heads` text NOT NULL,
	`dossiers` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`chain` text NOT NULL,
	`seq` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`chain`, `seq`)
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("chain", "seq", "at", "actor_id", "action", "target", "payload", "prev_hash", "hash") SELECT 'legacy', "seq", "at", "actor_id", "action", "target", "payload", "prev_hash", "hash" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;

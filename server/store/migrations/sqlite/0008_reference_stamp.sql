-- The reference stamp (server/store/reference.ts): the settings row `reference`, whose updated_at counts the changes
-- to the tables that the server caches (units, procedures, calendars, role assignments), counted by triggers in
-- the writer's own transaction.
INSERT OR IGNORE INTO `settings` (`key`, `value`, `updated_at`) VALUES ('reference', '{}', 0);
--> statement-breakpoint
CREATE TRIGGER `units_reference_insert` AFTER INSERT ON `units` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `units_reference_update` AFTER UPDATE ON `units` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `units_reference_delete` AFTER DELETE ON `units` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `procedures_reference_insert` AFTER INSERT ON `procedures` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `procedures_reference_update` AFTER UPDATE ON `procedures` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `procedures_reference_delete` AFTER DELETE ON `procedures` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `calendars_reference_insert` AFTER INSERT ON `calendars` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `calendars_reference_update` AFTER UPDATE ON `calendars` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `calendars_reference_delete` AFTER DELETE ON `calendars` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `role_assignments_reference_insert` AFTER INSERT ON `role_assignments` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `role_assignments_reference_update` AFTER UPDATE ON `role_assignments` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;
--> statement-breakpoint
CREATE TRIGGER `role_assignments_reference_delete` AFTER DELETE ON `role_assignments` BEGIN
	UPDATE `settings` SET `updated_at` = `updated_at` + 1 WHERE `key` = 'reference';
END;

-- The reference stamp (server/store/reference.ts): the settings row `reference`, whose updated_at counts the changes
-- to the tables that processes cache (units, procedures, calendars, role assignments). A trigger counts each change
-- in the writer's own transaction, so a reader that sees the new count sees the change.
INSERT INTO "settings" ("key", "value", "updated_at") VALUES ('reference', '{}', 0) ON CONFLICT ("key") DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION motcua_count_reference_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	-- The audit chain's lock first (every write of these tables is audited and takes it anyway): the stamp's row is
	-- then always locked after it, so two writers cannot deadlock on the pair.
	PERFORM pg_advisory_xact_lock(7260302);
	UPDATE "settings" SET "updated_at" = "updated_at" + 1 WHERE "key" = 'reference';
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "units_reference" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
	FOR EACH STATEMENT EXECUTE FUNCTION motcua_count_reference_change();
--> statement-breakpoint
CREATE TRIGGER "procedures_reference" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "procedures"
	FOR EACH STATEMENT EXECUTE FUNCTION motcua_count_reference_change();
--> statement-breakpoint
CREATE TRIGGER "calendars_reference" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calendars"
	FOR EACH STATEMENT EXECUTE FUNCTION motcua_count_reference_change();
--> statement-breakpoint
CREATE TRIGGER "role_assignments_reference" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_assignments"
	FOR EACH STATEMENT EXECUTE FUNCTION motcua_count_reference_change();

DROP INDEX "tasks_worklist";--> statement-breakpoint
CREATE INDEX "tasks_worklist" ON "tasks" USING btree ("unit_code","role","due_at","opened_at","dossier_id","task_id");
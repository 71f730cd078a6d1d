CREATE TABLE "api_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"revoked_at" bigint
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"dossier_id" text,
	"component_id" text NOT NULL,
	"owner_id" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text,
	"content" "bytea",
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendars" (
	"id" text PRIMARY KEY NOT NULL,
	"spec" jsonb NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"dossier_id" text NOT NULL,
	"seq" integer NOT NULL,
	"at" bigint NOT NULL,
	"event" text NOT NULL,
	"role" text NOT NULL,
	"actor_id" text,
	"payload" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "dossier_events_dossier_id_seq_pk" PRIMARY KEY("dossier_id","seq")
);
--> statement-breakpoint
CREATE TABLE "dossier_sequences" (
	"unit_code" text NOT NULL,
	"day" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_sequences_unit_code_day_pk" PRIMARY KEY("unit_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"qr_token" text NOT NULL,
	"procedure_code" text NOT NULL,
	"version_id" text NOT NULL,
	"unit_code" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_id" text,
	"submitted_by" text,
	"status" text NOT NULL,
	"alert" text,
	"state" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"submitted_at" bigint NOT NULL,
	"received_at" bigint,
	"due_at" bigint,
	"finished_at" bigint,
	"timing" text,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code"),
	CONSTRAINT "dossiers_qr_token_unique" UNIQUE("qr_token")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"dossier_id" text NOT NULL,
	"recipient" jsonb NOT NULL,
	"template" text NOT NULL,
	"message" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"sent_at" bigint
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" text PRIMARY KEY NOT NULL,
	"dossier_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"method" text NOT NULL,
	"reference" text,
	"status" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"procedure_code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"problems" jsonb NOT NULL,
	"based_on" text,
	"author_id" text NOT NULL,
	"reviewer_id" text,
	"comments" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"submitted_at" bigint,
	"reviewed_at" bigint,
	"published_at" bigint,
	"retired_at" bigint
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"live_version_id" text,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"search_text" text NOT NULL,
	"sector" text NOT NULL,
	"unit_code" text NOT NULL,
	"level" text NOT NULL,
	"created_at" bigint NOT NULL,
	"retired_at" bigint
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"user_id" text NOT NULL,
	"unit_code" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "role_assignments_user_id_unit_code_role_pk" PRIMARY KEY("user_id","unit_code","role")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"dossier_id" text NOT NULL,
	"task_id" text NOT NULL,
	"node" text NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"unit_code" text NOT NULL,
	"assignee_id" text,
	"opened_at" bigint NOT NULL,
	"step_due_at" bigint,
	"due_at" bigint,
	CONSTRAINT "tasks_dossier_id_task_id_pk" PRIMARY KEY("dossier_id","task_id")
);
--> statement-breakpoint
CREATE TABLE "timers" (
	"id" text PRIMARY KEY NOT NULL,
	"dossier_id" text NOT NULL,
	"timer" text NOT NULL,
	"kind" text NOT NULL,
	"fire_at" bigint NOT NULL,
	"lease_until" bigint,
	"leased_by" text,
	"fired_at" bigint
);
--> statement-breakpoint
CREATE TABLE "units" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"login" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"oidc_subject" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "users_login_unique" UNIQUE("login"),
	CONSTRAINT "users_oidc_subject_unique" UNIQUE("oidc_subject")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timers" ADD CONSTRAINT "timers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_dossier" ON "attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossiers_unit_status_due" ON "dossiers" USING btree ("unit_code","status","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_applicant" ON "dossiers" USING btree ("applicant_id","submitted_at");--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "payments_dossier" ON "payments" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_code_version" ON "procedure_versions" USING btree ("procedure_code","version");--> statement-breakpoint
CREATE INDEX "procedures_live" ON "procedures" USING btree ("live_version_id");--> statement-breakpoint
CREATE INDEX "role_assignments_unit" ON "role_assignments" USING btree ("unit_code","role");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "tasks_worklist" ON "tasks" USING btree ("unit_code","role","due_at");--> statement-breakpoint
CREATE INDEX "tasks_assignee" ON "tasks" USING btree ("assignee_id","due_at");--> statement-breakpoint
CREATE INDEX "timers_due" ON "timers" USING btree ("fired_at","fire_at");--> statement-breakpoint
CREATE INDEX "timers_dossier" ON "timers" USING btree ("dossier_id");
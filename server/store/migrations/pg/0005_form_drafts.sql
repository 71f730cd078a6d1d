CREATE TABLE "form_drafts" (
	"user_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"version_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"attachments" jsonb NOT NULL,
	"revision" integer NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "form_drafts_user_id_procedure_code_pk" PRIMARY KEY("user_id","procedure_code")
);
--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;
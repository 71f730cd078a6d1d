CREATE TABLE "dossier_results" (
	"id" text PRIMARY KEY NOT NULL,
	"dossier_id" text NOT NULL,
	"node" text NOT NULL,
	"document" text,
	"attachment_id" text NOT NULL,
	"sha256" text NOT NULL,
	"verify_token" text NOT NULL,
	"unit_code" text NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" bigint NOT NULL,
	CONSTRAINT "dossier_results_attachment_id_unique" UNIQUE("attachment_id"),
	CONSTRAINT "dossier_results_verify_token_unique" UNIQUE("verify_token")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"dossier_id" text PRIMARY KEY NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"rated_by" text NOT NULL,
	"rated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_results" ADD CONSTRAINT "dossier_results_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_results_dossier_node" ON "dossier_results" USING btree ("dossier_id","node");
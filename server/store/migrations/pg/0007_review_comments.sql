CREATE TABLE "review_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"target_kind" text NOT NULL,
	"target_key" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_comments_version" ON "review_comments" USING btree ("version_id","created_at");
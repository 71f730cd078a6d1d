CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "merged_into" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "merged_at" bigint;--> statement-breakpoint
CREATE INDEX "units_merged" ON "units" USING btree ("merged_into");
ALTER TABLE "training_runs" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "training_runs_tags" ON "training_runs" USING gin ("tags");
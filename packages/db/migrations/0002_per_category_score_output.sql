ALTER TABLE "categories" ADD COLUMN "score_output" text DEFAULT 'seg' NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_image_scores" ADD COLUMN "fused_score" double precision;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "score_output" text DEFAULT 'seg' NOT NULL;--> statement-breakpoint
ALTER TABLE "thresholds" ADD COLUMN "score_output" text DEFAULT 'seg' NOT NULL;
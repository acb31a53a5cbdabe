ALTER TABLE "api_keys" ADD COLUMN "source" text DEFAULT 'created' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "threshold_policy" text DEFAULT 'f1_max' NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "threshold_policy_target_false_alarm_rate" double precision;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "threshold_policy_quantile" double precision;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "threshold_policy_set_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "request_hash" text;--> statement-breakpoint
ALTER TABLE "models" ADD COLUMN "onnx_path" text;--> statement-breakpoint
ALTER TABLE "thresholds" ADD COLUMN "quantile" double precision;--> statement-breakpoint
ALTER TABLE "thresholds" ADD COLUMN "evaluation_id" integer;--> statement-breakpoint
ALTER TABLE "thresholds" ADD COLUMN "inputs" jsonb;--> statement-breakpoint
ALTER TABLE "thresholds" ADD CONSTRAINT "thresholds_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;
CREATE TABLE "api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"key_hash" text NOT NULL,
	"role" text NOT NULL,
	"label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"dataset_path" text NOT NULL,
	"image_size" integer NOT NULL,
	"augmentation_group" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "dataset_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"files" jsonb NOT NULL,
	"train_count" integer NOT NULL,
	"test_good_count" integer NOT NULL,
	"test_defect_count" integer NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_metrics" (
	"id" serial PRIMARY KEY NOT NULL,
	"evaluation_id" integer NOT NULL,
	"output" text NOT NULL,
	"defect_type" text NOT NULL,
	"image_auroc" double precision,
	"pixel_auroc" double precision,
	"pixel_ap" double precision,
	"iap" double precision,
	"iap90" double precision,
	"aupro" double precision,
	"image_f1" double precision,
	"image_f1_threshold" double precision,
	"pixel_f1" double precision,
	"pixel_f1_threshold" double precision
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"dataset_version_id" integer NOT NULL,
	"image_count" integer NOT NULL,
	"images_per_second" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"model_id" integer NOT NULL,
	"threshold_id" integer,
	"threshold_value" double precision NOT NULL,
	"score" double precision NOT NULL,
	"dest_score" double precision NOT NULL,
	"verdict" text NOT NULL,
	"heatmap_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"part_id" text,
	"lot_id" text,
	"station_id" text,
	"client_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_client_token_unique" UNIQUE("client_token")
);
--> statement-breakpoint
CREATE TABLE "loss_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"step" integer NOT NULL,
	"stage" integer NOT NULL,
	"cosine" double precision,
	"focal" double precision,
	"l1" double precision,
	"images_per_second" double precision NOT NULL,
	"elapsed_seconds" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"checkpoint_path" text NOT NULL,
	"step" integer NOT NULL,
	"image_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thresholds" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"model_id" integer NOT NULL,
	"version" integer NOT NULL,
	"value" double precision NOT NULL,
	"method" text NOT NULL,
	"target_false_alarm_rate" double precision,
	"set_by" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"dataset_version_id" integer NOT NULL,
	"params" jsonb NOT NULL,
	"backend" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"resume_count" integer DEFAULT 0 NOT NULL,
	"step" integer DEFAULT 0 NOT NULL,
	"total_steps" integer NOT NULL,
	"eta_seconds" double precision,
	"run_dir" text NOT NULL,
	"error_code" text,
	"error_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dataset_versions" ADD CONSTRAINT "dataset_versions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_metrics" ADD CONSTRAINT "evaluation_metrics_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_dataset_version_id_dataset_versions_id_fk" FOREIGN KEY ("dataset_version_id") REFERENCES "public"."dataset_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_threshold_id_thresholds_id_fk" FOREIGN KEY ("threshold_id") REFERENCES "public"."thresholds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loss_points" ADD CONSTRAINT "loss_points_run_id_training_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."training_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_run_id_training_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."training_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thresholds" ADD CONSTRAINT "thresholds_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thresholds" ADD CONSTRAINT "thresholds_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_runs" ADD CONSTRAINT "training_runs_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_runs" ADD CONSTRAINT "training_runs_dataset_version_id_dataset_versions_id_fk" FOREIGN KEY ("dataset_version_id") REFERENCES "public"."dataset_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dataset_versions_category_hash" ON "dataset_versions" USING btree ("category_id","content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_metrics_key" ON "evaluation_metrics" USING btree ("evaluation_id","output","defect_type");--> statement-breakpoint
CREATE INDEX "inspections_category" ON "inspections" USING btree ("category_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "loss_points_run_step" ON "loss_points" USING btree ("run_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "thresholds_category_version" ON "thresholds" USING btree ("category_id","version");--> statement-breakpoint
CREATE INDEX "training_runs_status" ON "training_runs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_runs_category" ON "training_runs" USING btree ("category_id");
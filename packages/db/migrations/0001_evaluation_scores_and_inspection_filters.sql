CREATE TABLE "evaluation_image_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"evaluation_id" integer NOT NULL,
	"path" text NOT NULL,
	"defect_type" text NOT NULL,
	"defective" boolean NOT NULL,
	"score" double precision NOT NULL,
	"dest_score" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_image_scores" ADD CONSTRAINT "evaluation_image_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_image_scores_key" ON "evaluation_image_scores" USING btree ("evaluation_id","path");--> statement-breakpoint
CREATE INDEX "inspections_part" ON "inspections" USING btree ("part_id","id");--> statement-breakpoint
CREATE INDEX "inspections_lot" ON "inspections" USING btree ("lot_id","id");--> statement-breakpoint
CREATE INDEX "inspections_station" ON "inspections" USING btree ("station_id","id");
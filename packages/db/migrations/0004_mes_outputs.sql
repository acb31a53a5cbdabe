CREATE TABLE "outbox_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"sink_id" integer NOT NULL,
	"inspection_id" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "output_sinks" (
	"id" serial PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"topic_template" text,
	"secret" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_sink_id_output_sinks_id_fk" FOREIGN KEY ("sink_id") REFERENCES "public"."output_sinks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "output_sinks" ADD CONSTRAINT "output_sinks_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_pending" ON "outbox_messages" USING btree ("sink_id","delivered_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_sink_inspection" ON "outbox_messages" USING btree ("sink_id","inspection_id");--> statement-breakpoint
CREATE UNIQUE INDEX "output_sinks_category_kind" ON "output_sinks" USING btree ("category_id","kind");
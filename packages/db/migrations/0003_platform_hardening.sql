ALTER TABLE "api_keys" ADD COLUMN "source" text DEFAULT 'created' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "request_hash" text;
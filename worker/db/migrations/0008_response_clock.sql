ALTER TABLE "conversations" ADD COLUMN "waiting_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "warned_level" text;--> statement-breakpoint
CREATE INDEX "conversations_due_idx" ON "conversations" USING btree ("due_at");
ALTER TABLE "conversations" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "routing_note" text;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "roster" jsonb;
ALTER TABLE "conversations" ADD COLUMN "handoff_reason" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "ai_draft" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reply_meta" jsonb;
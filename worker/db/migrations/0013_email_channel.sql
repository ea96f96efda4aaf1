CREATE TABLE "email_events" (
	"id" text PRIMARY KEY NOT NULL,
	"event_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"conversation_id" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "email_messages" (
	"shop_id" text NOT NULL,
	"rfc_id" text NOT NULL,
	"org_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"message_id" text,
	"direction" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_messages_pkey" PRIMARY KEY("shop_id","rfc_id")
);
--> statement-breakpoint
ALTER TABLE "buyers" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "buyers" ADD COLUMN "email_hash" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "channel" text DEFAULT 'tiktok' NOT NULL;--> statement-breakpoint
ALTER TABLE "shops" ADD COLUMN "inbound_email" text;--> statement-breakpoint
ALTER TABLE "email_events" ADD CONSTRAINT "email_events_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_events_key" ON "email_events" USING btree ("event_key");--> statement-breakpoint
CREATE INDEX "email_events_due_idx" ON "email_events" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_messages_conversation_idx" ON "email_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "buyers_shop_email_hash_idx" ON "buyers" USING btree ("shop_id","email_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "shops_inbound_email_key" ON "shops" USING btree ("inbound_email");
CREATE TABLE "conversation_metrics" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"last_at" timestamp with time zone,
	"last_message_key" text,
	"needs_human" boolean DEFAULT false NOT NULL,
	"resolved" boolean DEFAULT false NOT NULL,
	"next_tick_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "metric_rollups" (
	"org_id" text NOT NULL,
	"day" date NOT NULL,
	"shop_id" text NOT NULL,
	"market" text NOT NULL,
	"language" text DEFAULT '' NOT NULL,
	"intent" text DEFAULT '' NOT NULL,
	"agent_id" text DEFAULT '' NOT NULL,
	"conversations" bigint DEFAULT 0 NOT NULL,
	"reopened" bigint DEFAULT 0 NOT NULL,
	"buyer_messages" bigint DEFAULT 0 NOT NULL,
	"ai_replies" bigint DEFAULT 0 NOT NULL,
	"human_replies" bigint DEFAULT 0 NOT NULL,
	"handled" bigint DEFAULT 0 NOT NULL,
	"handed_off" bigint DEFAULT 0 NOT NULL,
	"waits_opened" bigint DEFAULT 0 NOT NULL,
	"waits_dismissed" bigint DEFAULT 0 NOT NULL,
	"response_count" bigint DEFAULT 0 NOT NULL,
	"response_ms" bigint DEFAULT 0 NOT NULL,
	"response_business_ms" bigint DEFAULT 0 NOT NULL,
	"first_response_count" bigint DEFAULT 0 NOT NULL,
	"first_response_ms" bigint DEFAULT 0 NOT NULL,
	"first_response_business_ms" bigint DEFAULT 0 NOT NULL,
	"human_response_count" bigint DEFAULT 0 NOT NULL,
	"human_response_ms" bigint DEFAULT 0 NOT NULL,
	"human_response_business_ms" bigint DEFAULT 0 NOT NULL,
	"first_human_response_count" bigint DEFAULT 0 NOT NULL,
	"first_human_response_ms" bigint DEFAULT 0 NOT NULL,
	"first_human_response_business_ms" bigint DEFAULT 0 NOT NULL,
	"within12h_met" bigint DEFAULT 0 NOT NULL,
	"within12h_missed" bigint DEFAULT 0 NOT NULL,
	"within24h_met" bigint DEFAULT 0 NOT NULL,
	"within24h_missed" bigint DEFAULT 0 NOT NULL,
	"shop_window_met" bigint DEFAULT 0 NOT NULL,
	"shop_window_missed" bigint DEFAULT 0 NOT NULL,
	"resolved" bigint DEFAULT 0 NOT NULL,
	"resolution_ms" bigint DEFAULT 0 NOT NULL,
	"resolution_business_ms" bigint DEFAULT 0 NOT NULL,
	"ai_resolved" bigint DEFAULT 0 NOT NULL,
	"ai_settled" bigint DEFAULT 0 NOT NULL,
	"ai_pending" bigint DEFAULT 0 NOT NULL,
	"drafts_sent_as_is" bigint DEFAULT 0 NOT NULL,
	"drafts_edited" bigint DEFAULT 0 NOT NULL,
	"drafts_discarded" bigint DEFAULT 0 NOT NULL,
	"tickets_opened" bigint DEFAULT 0 NOT NULL,
	"tickets_closed" bigint DEFAULT 0 NOT NULL,
	"ticket_close_ms" bigint DEFAULT 0 NOT NULL,
	"ticket_close_business_ms" bigint DEFAULT 0 NOT NULL,
	"nps_promoters" bigint DEFAULT 0 NOT NULL,
	"nps_passives" bigint DEFAULT 0 NOT NULL,
	"nps_detractors" bigint DEFAULT 0 NOT NULL,
	"nps_ignored" bigint DEFAULT 0 NOT NULL,
	"csat_satisfied" bigint DEFAULT 0 NOT NULL,
	"csat_rated" bigint DEFAULT 0 NOT NULL,
	"csat_ignored" bigint DEFAULT 0 NOT NULL,
	"questions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "metric_rollups_pkey" PRIMARY KEY("org_id","day","shop_id","market","language","intent","agent_id")
);
--> statement-breakpoint
CREATE TABLE "metric_watermarks" (
	"org_id" text PRIMARY KEY NOT NULL,
	"message_version" bigint DEFAULT 0 NOT NULL,
	"message_id" text DEFAULT '' NOT NULL,
	"conversation_version" bigint DEFAULT 0 NOT NULL,
	"conversation_id" text DEFAULT '' NOT NULL,
	"ticket_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "conversation_metrics" ADD CONSTRAINT "conversation_metrics_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_metrics" ADD CONSTRAINT "conversation_metrics_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_rollups" ADD CONSTRAINT "metric_rollups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_watermarks" ADD CONSTRAINT "metric_watermarks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_metrics_tick_idx" ON "conversation_metrics" USING btree ("org_id","next_tick_at");
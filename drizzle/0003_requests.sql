CREATE TYPE "public"."plan_phase" AS ENUM('idea', 'preparation', 'participation', 'decision', 'execution');--> statement-breakpoint
CREATE TYPE "public"."request_decision" AS ENUM('yes', 'yes_with_conditions', 'no');--> statement-breakpoint
CREATE TYPE "public"."request_event_kind" AS ENUM('submitted', 'routed', 'acknowledged', 'status', 'handed_over', 'message', 'note', 'escalated', 'escalation_requested', 'assessed', 'decided', 'closed', 'made_public', 'attachment');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('submitted', 'acknowledged', 'in_progress', 'waiting', 'decided', 'closed');--> statement-breakpoint
CREATE TYPE "public"."request_type" AS ENUM('support', 'subsidy', 'space_or_land', 'permit_question', 'partnership', 'challenge', 'information');--> statement-breakpoint
CREATE TABLE "request_challenge_assessment" (
	"request_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"criterion" text NOT NULL,
	"met" boolean NOT NULL,
	"note" text NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_challenge_assessment_request_id_position_pk" PRIMARY KEY("request_id","position")
);
--> statement-breakpoint
CREATE TABLE "request_contact_point" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"user_id" text,
	"theme_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"area_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_desk" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"escalation_role" text DEFAULT '' NOT NULL,
	"escalation_user_id" text,
	"challenge_criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"phase" "plan_phase" NOT NULL,
	"theme_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"area_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"participation_from" date,
	"participation_until" date,
	"how_to_take_part" text DEFAULT '' NOT NULL,
	"contact_point_id" uuid,
	"space_id" uuid,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_slug_unique" UNIQUE("slug"),
	CONSTRAINT "plan_participation_order" CHECK ("plan"."participation_until" is null or "plan"."participation_from" is null or "plan"."participation_until" >= "plan"."participation_from")
);
--> statement-breakpoint
CREATE TABLE "request_promise" (
	"organisation_id" uuid NOT NULL,
	"type" "request_type" NOT NULL,
	"acknowledge_days" integer NOT NULL,
	"decide_days" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "request_promise_organisation_id_type_pk" PRIMARY KEY("organisation_id","type"),
	CONSTRAINT "request_promise_days" CHECK ("request_promise"."acknowledge_days" between 1 and 260 and "request_promise"."decide_days" between "request_promise"."acknowledge_days" and 260)
);
--> statement-breakpoint
CREATE TABLE "plan_subscription" (
	"user_id" text PRIMARY KEY NOT NULL,
	"theme_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"area_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"submitted_by" text NOT NULL,
	"type" "request_type" NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"theme_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"area_id" uuid,
	"desired_on" date,
	"status" "request_status" DEFAULT 'submitted' NOT NULL,
	"contact_point_id" uuid,
	"handler_id" text,
	"acknowledge_days" integer NOT NULL,
	"decide_days" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledge_due" timestamp with time zone NOT NULL,
	"decide_due" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"decision" "request_decision",
	"decision_reason" text DEFAULT '' NOT NULL,
	"decision_conditions" text DEFAULT '' NOT NULL,
	"decision_alternative" text DEFAULT '' NOT NULL,
	"escalated_at" timestamp with time zone,
	"public_by_initiative" boolean DEFAULT false NOT NULL,
	"public_by_organisation" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_no_has_reasons" CHECK ("request"."decision" is distinct from 'no' or (length("request"."decision_reason") >= 3 and length("request"."decision_alternative") >= 3)),
	CONSTRAINT "request_conditions_given" CHECK ("request"."decision" is distinct from 'yes_with_conditions' or length("request"."decision_conditions") >= 3),
	CONSTRAINT "request_decided_has_decision" CHECK ("request"."status" not in ('decided', 'closed') or "request"."decision" is not null or "request"."closed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "request_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "request_event_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"kind" "request_event_kind" NOT NULL,
	"actor_id" text,
	"side" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"internal" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_challenge_assessment" ADD CONSTRAINT "request_challenge_assessment_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_contact_point_id_request_contact_point_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."request_contact_point"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request" ADD CONSTRAINT "request_contact_point_id_request_contact_point_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."request_contact_point"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachment" ADD CONSTRAINT "request_attachment_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_request_id_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_contact_point_org_idx" ON "request_contact_point" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "request_contact_point_user_idx" ON "request_contact_point" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "plan_organisation_idx" ON "plan" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_reference_idx" ON "request" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "request_initiative_idx" ON "request" USING btree ("initiative_id","submitted_at");--> statement-breakpoint
CREATE INDEX "request_organisation_idx" ON "request" USING btree ("organisation_id","submitted_at");--> statement-breakpoint
CREATE INDEX "request_handler_idx" ON "request" USING btree ("handler_id");--> statement-breakpoint
CREATE INDEX "request_attachment_request_idx" ON "request_attachment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_event_request_idx" ON "request_event" USING btree ("request_id","at");
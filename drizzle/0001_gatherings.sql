CREATE TYPE "public"."case_status" AS ENUM('submitted', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."gathering_format" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."gathering_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('pending', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "attendance" (
	"gathering_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "attendance_gathering_id_registration_id_pk" PRIMARY KEY("gathering_id","registration_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "gathering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"series_id" uuid,
	"space_id" uuid,
	"list_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"format" "gathering_format" DEFAULT 'in_person' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"area_id" uuid,
	"online_url" text DEFAULT '' NOT NULL,
	"step_free_access" boolean DEFAULT false NOT NULL,
	"hearing_loop" boolean DEFAULT false NOT NULL,
	"interpreter_on_request" boolean DEFAULT false NOT NULL,
	"accessibility_notes" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"case_clinic" boolean DEFAULT false NOT NULL,
	"status" "gathering_status" DEFAULT 'scheduled' NOT NULL,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminder_days_before" integer DEFAULT 2 NOT NULL,
	"report" text DEFAULT '' NOT NULL,
	"report_published_at" timestamp with time zone,
	"attendee_count" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gathering_slug_unique" UNIQUE("slug"),
	CONSTRAINT "gathering_end_after_start" CHECK ("gathering"."ends_at" is null or "gathering"."starts_at" is null or "gathering"."ends_at" > "gathering"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "gathering_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"status" "case_status" DEFAULT 'submitted' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "gathering_organiser" (
	"gathering_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "gathering_organiser_gathering_id_organisation_id_pk" PRIMARY KEY("gathering_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "gathering_outcome" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gathering_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gathering_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"space_id" uuid,
	"list_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gathering_series_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "gathering_theme" (
	"gathering_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "gathering_theme_gathering_id_theme_id_pk" PRIMARY KEY("gathering_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"arrival" bigserial NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" "registration_status" NOT NULL,
	"manage_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "registration_manage_token_hash_unique" UNIQUE("manage_token_hash")
);
--> statement-breakpoint
CREATE TABLE "registration_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"capacity" integer,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"waitlist" boolean DEFAULT true NOT NULL,
	CONSTRAINT "registration_list_capacity_positive" CHECK ("registration_list"."capacity" is null or "registration_list"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "series_organiser" (
	"series_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "series_organiser_series_id_organisation_id_pk" PRIMARY KEY("series_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"message_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"done_at" timestamp with time zone,
	CONSTRAINT "job_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering" ADD CONSTRAINT "gathering_series_id_gathering_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."gathering_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering" ADD CONSTRAINT "gathering_list_id_registration_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."registration_list"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_attachment" ADD CONSTRAINT "gathering_attachment_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_case" ADD CONSTRAINT "gathering_case_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_case" ADD CONSTRAINT "gathering_case_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_case" ADD CONSTRAINT "gathering_case_session_id_gathering_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."gathering"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_organiser" ADD CONSTRAINT "gathering_organiser_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_outcome" ADD CONSTRAINT "gathering_outcome_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_series" ADD CONSTRAINT "gathering_series_list_id_registration_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."registration_list"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gathering_theme" ADD CONSTRAINT "gathering_theme_gathering_id_gathering_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."gathering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_list_id_registration_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."registration_list"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_organiser" ADD CONSTRAINT "series_organiser_series_id_gathering_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."gathering_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gathering_starts_idx" ON "gathering" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "gathering_space_idx" ON "gathering" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "gathering_series_idx" ON "gathering" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "gathering_list_idx" ON "gathering" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "gathering_attachment_gathering_idx" ON "gathering_attachment" USING btree ("gathering_id");--> statement-breakpoint
CREATE INDEX "gathering_case_gathering_idx" ON "gathering_case" USING btree ("gathering_id");--> statement-breakpoint
CREATE INDEX "gathering_organiser_org_idx" ON "gathering_organiser" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "gathering_outcome_gathering_idx" ON "gathering_outcome" USING btree ("gathering_id","position");--> statement-breakpoint
CREATE INDEX "gathering_theme_theme_idx" ON "gathering_theme" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_one_per_person" ON "registration" USING btree ("list_id","email") WHERE "registration"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "registration_list_order_idx" ON "registration" USING btree ("list_id","status","arrival");--> statement-breakpoint
CREATE INDEX "registration_user_idx" ON "registration" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notice_user_idx" ON "notice" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "job" USING btree ("status","run_at");
CREATE TYPE "public"."input_closure" AS ENUM('not_taken_up', 'already_exists');--> statement-breakpoint
CREATE TYPE "public"."input_kind" AS ENUM('wish', 'concern', 'idea', 'question');--> statement-breakpoint
CREATE TYPE "public"."input_source" AS ENUM('online', 'gathering');--> statement-breakpoint
CREATE TYPE "public"."input_status" AS ENUM('received', 'grouped', 'taken_up', 'done', 'stopped', 'not_taken_up', 'already_exists', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('idea', 'planned', 'in_progress', 'done', 'stopped');--> statement-breakpoint
CREATE TABLE "input" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" "input_kind" NOT NULL,
	"text" text NOT NULL,
	"area_id" uuid,
	"source" "input_source" DEFAULT 'online' NOT NULL,
	"gathering_id" uuid,
	"author_id" text,
	"entered_by" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"status" "input_status" DEFAULT 'received' NOT NULL,
	"status_since" timestamp with time zone DEFAULT now() NOT NULL,
	"closure" "input_closure",
	"closure_reason" text DEFAULT '' NOT NULL,
	"closure_url" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text DEFAULT '' NOT NULL,
	"hidden_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "input_closure_has_reason" CHECK ("input"."closure" is null or length(trim("input"."closure_reason")) > 0),
	CONSTRAINT "input_hidden_has_reason" CHECK ("input"."hidden_at" is null or length(trim("input"."hidden_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "input_follower" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"input_id" uuid NOT NULL,
	"email" text NOT NULL,
	"user_id" text,
	"locale" text DEFAULT 'nl' NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "input_follower_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "input_theme" (
	"input_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "input_theme_input_id_theme_id_pk" PRIMARY KEY("input_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "spearhead" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spearhead_input" (
	"spearhead_id" uuid NOT NULL,
	"input_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spearhead_input_spearhead_id_input_id_pk" PRIMARY KEY("spearhead_id","input_id")
);
--> statement-breakpoint
CREATE TABLE "action_anchor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"title" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"anchored_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_input" (
	"action_id" uuid NOT NULL,
	"input_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_input_action_id_input_id_pk" PRIMARY KEY("action_id","input_id")
);
--> statement-breakpoint
CREATE TABLE "action_owner" (
	"action_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "action_owner_action_id_organisation_id_pk" PRIMARY KEY("action_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "action_spearhead" (
	"action_id" uuid NOT NULL,
	"spearhead_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_spearhead_action_id_spearhead_id_pk" PRIMARY KEY("action_id","spearhead_id")
);
--> statement-breakpoint
CREATE TABLE "action_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pillar" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_space_id_unique" UNIQUE("space_id")
);
--> statement-breakpoint
CREATE TABLE "programme_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"pillar_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "action_status" DEFAULT 'idea' NOT NULL,
	"stop_reason" text DEFAULT '' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"status_since" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_action_slug_unique" UNIQUE("slug"),
	CONSTRAINT "programme_action_progress_range" CHECK ("programme_action"."progress" between 0 and 100),
	CONSTRAINT "programme_action_ends_after_start" CHECK ("programme_action"."ends_on" is null or "programme_action"."starts_on" is null or "programme_action"."ends_on" >= "programme_action"."starts_on"),
	CONSTRAINT "programme_action_stop_has_reason" CHECK ("programme_action"."status" <> 'stopped' or length(trim("programme_action"."stop_reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "input_follower" ADD CONSTRAINT "input_follower_input_id_input_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."input"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_theme" ADD CONSTRAINT "input_theme_input_id_input_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."input"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spearhead_input" ADD CONSTRAINT "spearhead_input_spearhead_id_spearhead_id_fk" FOREIGN KEY ("spearhead_id") REFERENCES "public"."spearhead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spearhead_input" ADD CONSTRAINT "spearhead_input_input_id_input_id_fk" FOREIGN KEY ("input_id") REFERENCES "public"."input"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_anchor" ADD CONSTRAINT "action_anchor_action_id_programme_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_input" ADD CONSTRAINT "action_input_action_id_programme_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_owner" ADD CONSTRAINT "action_owner_action_id_programme_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_spearhead" ADD CONSTRAINT "action_spearhead_action_id_programme_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_update" ADD CONSTRAINT "action_update_action_id_programme_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_action"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pillar" ADD CONSTRAINT "pillar_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_action" ADD CONSTRAINT "programme_action_pillar_id_pillar_id_fk" FOREIGN KEY ("pillar_id") REFERENCES "public"."pillar"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "input_space_number" ON "input" USING btree ("space_id","number");--> statement-breakpoint
CREATE INDEX "input_space_status_idx" ON "input" USING btree ("space_id","status","created_at");--> statement-breakpoint
CREATE INDEX "input_gathering_idx" ON "input" USING btree ("gathering_id");--> statement-breakpoint
CREATE UNIQUE INDEX "input_follower_once" ON "input_follower" USING btree ("input_id","email");--> statement-breakpoint
CREATE INDEX "input_theme_theme_idx" ON "input_theme" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "spearhead_space_idx" ON "spearhead" USING btree ("space_id");--> statement-breakpoint
CREATE INDEX "spearhead_input_input_idx" ON "spearhead_input" USING btree ("input_id");--> statement-breakpoint
CREATE INDEX "action_anchor_action_idx" ON "action_anchor" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "action_input_input_idx" ON "action_input" USING btree ("input_id");--> statement-breakpoint
CREATE INDEX "action_owner_org_idx" ON "action_owner" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "action_spearhead_spearhead_idx" ON "action_spearhead" USING btree ("spearhead_id");--> statement-breakpoint
CREATE INDEX "action_update_action_idx" ON "action_update" USING btree ("action_id","posted_at");--> statement-breakpoint
CREATE INDEX "pillar_programme_idx" ON "pillar" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programme_action_pillar_idx" ON "programme_action" USING btree ("pillar_id");
CREATE TYPE "public"."budget_add1_until" AS ENUM('exhaustive', 'budget');--> statement-breakpoint
CREATE TYPE "public"."budget_ballot_type" AS ENUM('approval', 'knapsack', 'points');--> statement-breakpoint
CREATE TYPE "public"."budget_completion" AS ENUM('none', 'greedy', 'add1', 'add1-greedy');--> statement-breakpoint
CREATE TYPE "public"."budget_counting_rule" AS ENUM('greedy', 'mes');--> statement-breakpoint
CREATE TYPE "public"."budget_implementation_status" AS ENUM('not_started', 'in_progress', 'done', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."budget_proposal_status" AS ENUM('submitted', 'feasible', 'not_feasible');--> statement-breakpoint
CREATE TYPE "public"."budget_tie_break" AS ENUM('id', 'votes', 'cost');--> statement-breakpoint
CREATE TYPE "public"."budget_utility" AS ENUM('cost', 'approval');--> statement-breakpoint
CREATE TABLE "budget_area" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"budget_cents" bigint NOT NULL,
	"postcodes" text DEFAULT '' NOT NULL,
	CONSTRAINT "budget_area_budget_positive" CHECK ("budget_area"."budget_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "budget_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"area_id" uuid,
	"projects" text[] NOT NULL,
	"points" integer[],
	"receipt_hash" text,
	"label" text,
	CONSTRAINT "budget_ballot_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "budget_code_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"area_id" uuid,
	"size" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_image" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"update_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_process" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"total_cents" bigint NOT NULL,
	"ballot_type" "budget_ballot_type" DEFAULT 'approval' NOT NULL,
	"max_projects" integer,
	"points_total" integer,
	"rule" "budget_counting_rule" DEFAULT 'mes' NOT NULL,
	"per_cost" boolean DEFAULT false NOT NULL,
	"utility" "budget_utility" DEFAULT 'cost' NOT NULL,
	"completion" "budget_completion" DEFAULT 'add1' NOT NULL,
	"add1_until" "budget_add1_until" DEFAULT 'exhaustive' NOT NULL,
	"tie_break" "budget_tie_break" DEFAULT 'id' NOT NULL,
	"voting_by_code" boolean DEFAULT true NOT NULL,
	"voting_by_account" boolean DEFAULT false NOT NULL,
	"postcodes" text DEFAULT '' NOT NULL,
	"minimum_age" integer DEFAULT 16 NOT NULL,
	"proposals_from" date NOT NULL,
	"proposals_until" date NOT NULL,
	"voting_from" date NOT NULL,
	"voting_until" date NOT NULL,
	"implementation_from" date,
	"imported" boolean DEFAULT false NOT NULL,
	"imported_meta" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_process_slug_unique" UNIQUE("slug"),
	CONSTRAINT "budget_process_total_positive" CHECK ("budget_process"."total_cents" > 0),
	CONSTRAINT "budget_process_phases_in_order" CHECK ("budget_process"."proposals_from" <= "budget_process"."proposals_until" and "budget_process"."proposals_until" < "budget_process"."voting_from" and "budget_process"."voting_from" <= "budget_process"."voting_until" and ("budget_process"."implementation_from" is null or "budget_process"."implementation_from" > "budget_process"."voting_until")),
	CONSTRAINT "budget_process_someone_votes" CHECK ("budget_process"."voting_by_code" or "budget_process"."voting_by_account" or "budget_process"."imported")
);
--> statement-breakpoint
CREATE TABLE "budget_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"code" text NOT NULL,
	"area_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cost_cents" bigint NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"proposer_id" text,
	"organisation_id" uuid,
	"status" "budget_proposal_status" DEFAULT 'submitted' NOT NULL,
	"review_reason" text DEFAULT '' NOT NULL,
	"reviewed_cost_cents" bigint,
	"cost_note" text DEFAULT '' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"response" text DEFAULT '' NOT NULL,
	"responded_at" timestamp with time zone,
	"implementation" "budget_implementation_status" DEFAULT 'not_started' NOT NULL,
	"spent_cents" bigint DEFAULT 0 NOT NULL,
	"action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_proposal_cost_not_negative" CHECK ("budget_proposal"."cost_cents" >= 0 and coalesce("budget_proposal"."reviewed_cost_cents", 0) >= 0 and "budget_proposal"."spent_cents" >= 0),
	CONSTRAINT "budget_proposal_refusal_has_reason" CHECK ("budget_proposal"."status" <> 'not_feasible' or length(trim("budget_proposal"."review_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "budget_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"area_id" uuid,
	"ballots" integer NOT NULL,
	"outcome" jsonb NOT NULL,
	"greedy" jsonb NOT NULL,
	"counted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_vote_code" (
	"hash" text PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"area_id" uuid,
	"used_on" date
);
--> statement-breakpoint
CREATE TABLE "budget_voter" (
	"process_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"voted_on" date NOT NULL,
	CONSTRAINT "budget_voter_process_id_user_id_pk" PRIMARY KEY("process_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "budget_area" ADD CONSTRAINT "budget_area_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballot" ADD CONSTRAINT "budget_ballot_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballot" ADD CONSTRAINT "budget_ballot_area_id_budget_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."budget_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_code_batch" ADD CONSTRAINT "budget_code_batch_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_code_batch" ADD CONSTRAINT "budget_code_batch_area_id_budget_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."budget_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_image" ADD CONSTRAINT "budget_image_proposal_id_budget_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."budget_proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_image" ADD CONSTRAINT "budget_image_update_id_budget_update_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."budget_update"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_proposal" ADD CONSTRAINT "budget_proposal_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_proposal" ADD CONSTRAINT "budget_proposal_area_id_budget_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."budget_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_result" ADD CONSTRAINT "budget_result_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_result" ADD CONSTRAINT "budget_result_area_id_budget_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."budget_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_update" ADD CONSTRAINT "budget_update_proposal_id_budget_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."budget_proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_vote_code" ADD CONSTRAINT "budget_vote_code_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_vote_code" ADD CONSTRAINT "budget_vote_code_batch_id_budget_code_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."budget_code_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_vote_code" ADD CONSTRAINT "budget_vote_code_area_id_budget_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."budget_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_voter" ADD CONSTRAINT "budget_voter_process_id_budget_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."budget_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_area_position_idx" ON "budget_area" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "budget_ballot_process_idx" ON "budget_ballot" USING btree ("process_id","area_id");--> statement-breakpoint
CREATE INDEX "budget_image_proposal_idx" ON "budget_image" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "budget_process_space_idx" ON "budget_process" USING btree ("space_id");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_proposal_number_idx" ON "budget_proposal" USING btree ("process_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_proposal_code_idx" ON "budget_proposal" USING btree ("process_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_result_box_idx" ON "budget_result" USING btree ("process_id",coalesce("area_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "budget_update_proposal_idx" ON "budget_update" USING btree ("proposal_id","posted_at");--> statement-breakpoint
CREATE INDEX "budget_vote_code_batch_idx" ON "budget_vote_code" USING btree ("batch_id");
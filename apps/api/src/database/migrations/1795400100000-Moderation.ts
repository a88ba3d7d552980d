import { MigrationInterface, QueryRunner } from "typeorm";

export class Moderation1795400100000 implements MigrationInterface {
    name = 'Moderation1795400100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Moderation decisions reach their author as a notification about the case (issue #8).
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_target_type"`);
        await queryRunner.query(`
            ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_target_type" CHECK ("target_type" IN ('post', 'reply', 'group', 'skill', 'moderation_case'))
        `);
        await queryRunner.query(`
            CREATE TABLE "moderation_cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_type" character varying(16) NOT NULL,
                "target_id" uuid NOT NULL,
                "post_id" uuid,
                "group_id" uuid,
                "author_id" uuid,
                "status" character varying(16) NOT NULL DEFAULT 'open',
                "source" character varying(16) NOT NULL,
                "held_because" character varying(200),
                "excerpt_html" text NOT NULL DEFAULT '',
                "decision_action" character varying(16),
                "decision_reason" text,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by" uuid,
                "review_note" text,
                "review_requested_at" TIMESTAMP WITH TIME ZONE,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_moderation_cases_source" CHECK (
                    "source" IN ('report', 'watch_list', 'election_period')
                ),
                CONSTRAINT "CHK_moderation_cases_status" CHECK ("status" IN ('open', 'escalated', 'resolved')),
                CONSTRAINT "CHK_moderation_cases_target_type" CHECK (
                    "target_type" IN ('post', 'reply', 'attachment', 'profile')
                ),
                CONSTRAINT "PK_459740d91f1b96e6cc910ad29e1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_moderation_cases_author" ON "moderation_cases" ("author_id", "decided_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_moderation_cases_status_updated" ON "moderation_cases" ("status", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_moderation_cases_group_status" ON "moderation_cases" ("group_id", "status", "updated_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_moderation_cases_live_target" ON "moderation_cases" ("target_type", "target_id")
            WHERE "status" <> 'resolved'
        `);
        await queryRunner.query(`
            CREATE TABLE "moderation_reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "reporter_id" uuid NOT NULL,
                "reason" character varying(16) NOT NULL,
                "details" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_moderation_reports_reason" CHECK (
                    "reason" IN (
                        'harassment',
                        'offensive',
                        'personal_data',
                        'misleading',
                        'spam',
                        'political',
                        'other'
                    )
                ),
                CONSTRAINT "PK_a40784ec3803830fe974b4b85fb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_moderation_reports_reporter" ON "moderation_reports" ("reporter_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_moderation_reports_case_reporter" ON "moderation_reports" ("case_id", "reporter_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "moderation_case_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "action" character varying(20) NOT NULL,
                "reason" text,
                "actor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_moderation_case_events_action" CHECK (
                    "action" IN (
                        'held',
                        'hide',
                        'remove',
                        'warn',
                        'dismiss',
                        'approve',
                        'restore',
                        'escalate',
                        'review_requested'
                    )
                ),
                CONSTRAINT "PK_519bc3ae5ad8a0c5fa4206c8246" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_moderation_case_events_case" ON "moderation_case_events" ("case_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "profile_moderation" (
                "user_id" uuid NOT NULL,
                "state" character varying(16) NOT NULL DEFAULT 'published',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_profile_moderation_state" CHECK (
                    "state" IN ('published', 'held', 'hidden', 'removed')
                ),
                CONSTRAINT "PK_e7841525d1148195c18dc8713c3" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "watch_words" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "phrase" character varying(100) NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4babc9ac98fa66635a3e0790de0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_watch_words_phrase" ON "watch_words" ("phrase")
        `);
        await queryRunner.query(`
            CREATE TABLE "election_periods" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid,
                "label" character varying(120) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "hold_for_review" boolean NOT NULL DEFAULT false,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_election_periods_range" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_37afdae7c28793559fdec7e26db" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_election_periods_group_range" ON "election_periods" ("group_id", "starts_at", "ends_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "moderation_state" character varying(16) NOT NULL DEFAULT 'published'
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "election_label" character varying(120)
        `);
        await queryRunner.query(`
            ALTER TABLE "replies"
            ADD "moderation_state" character varying(16) NOT NULL DEFAULT 'published'
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD "moderation_state" character varying(16) NOT NULL DEFAULT 'published'
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "CHK_posts_moderation_state" CHECK (
                    "moderation_state" IN ('published', 'held', 'hidden', 'removed')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "replies"
            ADD CONSTRAINT "CHK_replies_moderation_state" CHECK (
                    "moderation_state" IN ('published', 'held', 'hidden', 'removed')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "CHK_attachments_moderation_state" CHECK (
                    "moderation_state" IN ('published', 'held', 'hidden', 'removed')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "FK_moderation_cases_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "FK_moderation_cases_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "FK_moderation_cases_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases"
            ADD CONSTRAINT "FK_moderation_cases_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_reports"
            ADD CONSTRAINT "FK_moderation_reports_case" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_reports"
            ADD CONSTRAINT "FK_moderation_reports_reporter" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_case_events"
            ADD CONSTRAINT "FK_moderation_case_events_case" FOREIGN KEY ("case_id") REFERENCES "moderation_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_case_events"
            ADD CONSTRAINT "FK_moderation_case_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "profile_moderation"
            ADD CONSTRAINT "FK_profile_moderation_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "watch_words"
            ADD CONSTRAINT "FK_watch_words_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "election_periods"
            ADD CONSTRAINT "FK_election_periods_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "election_periods"
            ADD CONSTRAINT "FK_election_periods_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "election_periods" DROP CONSTRAINT "FK_election_periods_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "election_periods" DROP CONSTRAINT "FK_election_periods_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "watch_words" DROP CONSTRAINT "FK_watch_words_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "profile_moderation" DROP CONSTRAINT "FK_profile_moderation_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_case_events" DROP CONSTRAINT "FK_moderation_case_events_actor"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_case_events" DROP CONSTRAINT "FK_moderation_case_events_case"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_moderation_reports_reporter"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_moderation_reports_case"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "FK_moderation_cases_decided_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "FK_moderation_cases_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "FK_moderation_cases_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "moderation_cases" DROP CONSTRAINT "FK_moderation_cases_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "CHK_attachments_moderation_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "replies" DROP CONSTRAINT "CHK_replies_moderation_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_moderation_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP COLUMN "moderation_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "replies" DROP COLUMN "moderation_state"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "election_label"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "moderation_state"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_election_periods_group_range"
        `);
        await queryRunner.query(`
            DROP TABLE "election_periods"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_watch_words_phrase"
        `);
        await queryRunner.query(`
            DROP TABLE "watch_words"
        `);
        await queryRunner.query(`
            DROP TABLE "profile_moderation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_moderation_case_events_case"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_case_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_moderation_reports_case_reporter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_moderation_reports_reporter"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_reports"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_moderation_cases_live_target"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_moderation_cases_group_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_moderation_cases_status_updated"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_moderation_cases_author"
        `);
        await queryRunner.query(`
            DROP TABLE "moderation_cases"
        `);
        await queryRunner.query(`DELETE FROM "notifications" WHERE "target_type" = 'moderation_case'`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_target_type"`);
        await queryRunner.query(`
            ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_target_type" CHECK ("target_type" IN ('post', 'reply', 'group', 'skill'))
        `);
    }

}

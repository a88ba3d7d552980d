import { MigrationInterface, QueryRunner } from "typeorm";

export class Discussion1795390200000 implements MigrationInterface {
    name = 'Discussion1795390200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "poll_options" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "label" character varying(120) NOT NULL,
                CONSTRAINT "PK_f52aac4865d291e3658dedf9083" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_poll_options_position" ON "poll_options" ("post_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "poll_votes" (
                "option_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "post_id" uuid NOT NULL,
                "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3911b51c1b094ce0ddf9487b0d3" PRIMARY KEY ("option_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_poll_votes_post_user" ON "poll_votes" ("post_id", "user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_views" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bdd913c20f02e4998fb02070421" PRIMARY KEY ("post_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_post_views_user" ON "post_views" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "announcement_reads" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1e55fdc59ec4ee844915be19995" PRIMARY KEY ("post_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_announcement_reads_user" ON "announcement_reads" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_mentions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "user_id" uuid,
                "group_id" uuid,
                CONSTRAINT "CHK_post_mentions_one_target" CHECK (("user_id" IS NULL) <> ("group_id" IS NULL)),
                CONSTRAINT "PK_e96c8711dbced088bbf7d3e29c6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_post_mentions_user" ON "post_mentions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_post_mentions_group" ON "post_mentions" ("post_id", "group_id")
            WHERE "group_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_post_mentions_user" ON "post_mentions" ("post_id", "user_id")
            WHERE "user_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "post_topics" (
                "post_id" uuid NOT NULL,
                "topic" character varying(50) NOT NULL,
                CONSTRAINT "CHK_post_topics_topic" CHECK ("topic" ~ '^[a-z0-9-]{1,50}$'),
                CONSTRAINT "PK_05b689aa77cd4a292516c3e874d" PRIMARY KEY ("post_id", "topic")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_post_topics_topic" ON "post_topics" ("topic", "post_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "replies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "quote_reply_id" uuid,
                "body" text NOT NULL,
                "body_html" text NOT NULL DEFAULT '',
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_08f619ebe431e27e9d206bea132" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_replies_post_created" ON "replies" ("post_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_reactions" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_post_reactions_kind" CHECK (
                    "kind" IN ('like', 'thanks', 'insightful', 'support')
                ),
                CONSTRAINT "PK_d5cf6ca41768217312d9ee64e96" PRIMARY KEY ("post_id", "user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_post_reactions_user" ON "post_reactions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "reply_reactions" (
                "reply_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_reply_reactions_kind" CHECK (
                    "kind" IN ('like', 'thanks', 'insightful', 'support')
                ),
                CONSTRAINT "PK_5503d4d1dd320db98ab119b828f" PRIMARY KEY ("reply_id", "user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_reply_reactions_user" ON "reply_reactions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "body" text NOT NULL,
                "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_post_revisions_post" ON "post_revisions" ("post_id", "edited_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "reply_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reply_id" uuid NOT NULL,
                "body" text NOT NULL,
                "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_5695ba1875d8085d9e09f8c479f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_reply_revisions_reply" ON "reply_revisions" ("reply_id", "edited_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "anonymous_author_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "type" character varying(16) NOT NULL DEFAULT 'discussion'
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "body_html" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "pinned_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "accepted_reply_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "poll_multiple_choice" boolean
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "poll_closes_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "edited_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "deleted_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_posts_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ALTER COLUMN "author_id" DROP NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_posts_author_created" ON "posts" ("author_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "CHK_posts_one_author" CHECK (
                    ("author_id" IS NULL) <> ("anonymous_author_id" IS NULL)
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "CHK_posts_type" CHECK (
                    "type" IN ('discussion', 'question', 'poll', 'announcement')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_posts_anonymous_author" FOREIGN KEY ("anonymous_author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_options"
            ADD CONSTRAINT "FK_poll_options_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes"
            ADD CONSTRAINT "FK_poll_votes_option" FOREIGN KEY ("option_id") REFERENCES "poll_options"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes"
            ADD CONSTRAINT "FK_poll_votes_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes"
            ADD CONSTRAINT "FK_poll_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_views"
            ADD CONSTRAINT "FK_post_views_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_views"
            ADD CONSTRAINT "FK_post_views_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "announcement_reads"
            ADD CONSTRAINT "FK_announcement_reads_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "announcement_reads"
            ADD CONSTRAINT "FK_announcement_reads_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions"
            ADD CONSTRAINT "FK_post_mentions_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions"
            ADD CONSTRAINT "FK_post_mentions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions"
            ADD CONSTRAINT "FK_post_mentions_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_topics"
            ADD CONSTRAINT "FK_post_topics_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "replies"
            ADD CONSTRAINT "FK_replies_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "replies"
            ADD CONSTRAINT "FK_replies_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "replies"
            ADD CONSTRAINT "FK_replies_quote" FOREIGN KEY ("quote_reply_id") REFERENCES "replies"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "FK_post_reactions_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "FK_post_reactions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reply_reactions"
            ADD CONSTRAINT "FK_reply_reactions_reply" FOREIGN KEY ("reply_id") REFERENCES "replies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reply_reactions"
            ADD CONSTRAINT "FK_reply_reactions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revisions"
            ADD CONSTRAINT "FK_post_revisions_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reply_revisions"
            ADD CONSTRAINT "FK_reply_revisions_reply" FOREIGN KEY ("reply_id") REFERENCES "replies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reply_revisions" DROP CONSTRAINT "FK_reply_revisions_reply"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_post_revisions_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "reply_reactions" DROP CONSTRAINT "FK_reply_reactions_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "reply_reactions" DROP CONSTRAINT "FK_reply_reactions_reply"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_post_reactions_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_post_reactions_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "replies" DROP CONSTRAINT "FK_replies_quote"
        `);
        await queryRunner.query(`
            ALTER TABLE "replies" DROP CONSTRAINT "FK_replies_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "replies" DROP CONSTRAINT "FK_replies_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_topics" DROP CONSTRAINT "FK_post_topics_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_post_mentions_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_post_mentions_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_post_mentions_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "announcement_reads" DROP CONSTRAINT "FK_announcement_reads_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "announcement_reads" DROP CONSTRAINT "FK_announcement_reads_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_views" DROP CONSTRAINT "FK_post_views_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_views" DROP CONSTRAINT "FK_post_views_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes" DROP CONSTRAINT "FK_poll_votes_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes" DROP CONSTRAINT "FK_poll_votes_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_votes" DROP CONSTRAINT "FK_poll_votes_option"
        `);
        await queryRunner.query(`
            ALTER TABLE "poll_options" DROP CONSTRAINT "FK_poll_options_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_posts_anonymous_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_posts_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_one_author"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_author_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ALTER COLUMN "author_id"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "deleted_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "edited_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "poll_closes_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "poll_multiple_choice"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "accepted_reply_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "pinned_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "body_html"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "type"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "anonymous_author_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_reply_revisions_reply"
        `);
        await queryRunner.query(`
            DROP TABLE "reply_revisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_post_revisions_post"
        `);
        await queryRunner.query(`
            DROP TABLE "post_revisions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_reply_reactions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "reply_reactions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_post_reactions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "post_reactions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_replies_post_created"
        `);
        await queryRunner.query(`
            DROP TABLE "replies"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_post_topics_topic"
        `);
        await queryRunner.query(`
            DROP TABLE "post_topics"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_post_mentions_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_post_mentions_group"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_post_mentions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "post_mentions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_announcement_reads_user"
        `);
        await queryRunner.query(`
            DROP TABLE "announcement_reads"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_post_views_user"
        `);
        await queryRunner.query(`
            DROP TABLE "post_views"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_poll_votes_post_user"
        `);
        await queryRunner.query(`
            DROP TABLE "poll_votes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_poll_options_position"
        `);
        await queryRunner.query(`
            DROP TABLE "poll_options"
        `);
    }

}

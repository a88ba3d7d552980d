import { MigrationInterface, QueryRunner } from "typeorm";

export class Attachments1795391503409 implements MigrationInterface {
    name = 'Attachments1795391503409'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "attachments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "uploader_id" uuid NOT NULL,
                "post_id" uuid,
                "reply_id" uuid,
                "kind" character varying(16) NOT NULL,
                "file_name" character varying(200) NOT NULL,
                "content_type" character varying(120) NOT NULL,
                "size" integer NOT NULL,
                "alt_text" character varying(300),
                "storage_key" character varying(200) NOT NULL,
                "thumbnail_key" character varying(200),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_attachments_one_target" CHECK (
                    "post_id" IS NULL
                    OR "reply_id" IS NULL
                ),
                CONSTRAINT "CHK_attachments_kind" CHECK ("kind" IN ('image', 'document')),
                CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_attachments_unclaimed" ON "attachments" ("created_at")
            WHERE "post_id" IS NULL
                AND "reply_id" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_attachments_reply" ON "attachments" ("reply_id")
            WHERE "reply_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_attachments_post" ON "attachments" ("post_id")
            WHERE "post_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "FK_attachments_uploader" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "FK_attachments_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments"
            ADD CONSTRAINT "FK_attachments_reply" FOREIGN KEY ("reply_id") REFERENCES "replies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "FK_attachments_reply"
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "FK_attachments_post"
        `);
        await queryRunner.query(`
            ALTER TABLE "attachments" DROP CONSTRAINT "FK_attachments_uploader"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_attachments_post"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_attachments_reply"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_attachments_unclaimed"
        `);
        await queryRunner.query(`
            DROP TABLE "attachments"
        `);
    }

}

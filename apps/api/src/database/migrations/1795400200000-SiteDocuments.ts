import { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned house rules and moderation policy (issue #8), and who accepted which house rules. */

export class SiteDocuments1795400200000 implements MigrationInterface {
    name = 'SiteDocuments1795400200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "site_document_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(32) NOT NULL,
                "version" integer NOT NULL,
                "body" text NOT NULL,
                "material" boolean NOT NULL DEFAULT false,
                "change_summary" text,
                "published_by_id" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_site_document_versions_version" CHECK ("version" > 0),
                CONSTRAINT "CHK_site_document_versions_kind" CHECK ("kind" IN ('house_rules', 'moderation_policy')),
                CONSTRAINT "PK_7963d957acd8a1e5ffa9e293441" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_site_document_versions_kind_version" ON "site_document_versions" ("kind", "version")
        `);
        await queryRunner.query(`
            CREATE TABLE "house_rules_acceptances" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "version_id" uuid NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_40a0ba55568e4512b5487ee87d9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_house_rules_acceptances_version" ON "house_rules_acceptances" ("version_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_house_rules_acceptances_user_version" ON "house_rules_acceptances" ("user_id", "version_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "site_document_versions"
            ADD CONSTRAINT "FK_site_document_versions_published_by" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "house_rules_acceptances"
            ADD CONSTRAINT "FK_house_rules_acceptances_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "house_rules_acceptances"
            ADD CONSTRAINT "FK_house_rules_acceptances_version" FOREIGN KEY ("version_id") REFERENCES "site_document_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "house_rules_acceptances" DROP CONSTRAINT "FK_house_rules_acceptances_version"
        `);
        await queryRunner.query(`
            ALTER TABLE "house_rules_acceptances" DROP CONSTRAINT "FK_house_rules_acceptances_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "site_document_versions" DROP CONSTRAINT "FK_site_document_versions_published_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_house_rules_acceptances_user_version"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_house_rules_acceptances_version"
        `);
        await queryRunner.query(`
            DROP TABLE "house_rules_acceptances"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_site_document_versions_kind_version"
        `);
        await queryRunner.query(`
            DROP TABLE "site_document_versions"
        `);
    }

}

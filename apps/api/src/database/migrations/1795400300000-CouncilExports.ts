import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whole-council exports (issue #8): one row per archive, with the background job's progress. */
export class CouncilExports1795400300000 implements MigrationInterface {
    name = 'CouncilExports1795400300000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "council_exports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "status" character varying(20) NOT NULL DEFAULT 'queued',
                "phase" character varying(40),
                "processed" integer NOT NULL DEFAULT '0',
                "total" integer,
                "format_version" integer NOT NULL,
                "requested_by_id" uuid,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "heartbeat_at" TIMESTAMP WITH TIME ZONE,
                "size_bytes" bigint,
                "error" text,
                "attempts" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_d7b61593ae7b37b32657662b7b4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_council_exports_status" ON "council_exports" ("status")
        `);
        await queryRunner.query(`
            ALTER TABLE "council_exports"
            ADD CONSTRAINT "FK_council_exports_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "council_exports" DROP CONSTRAINT "FK_council_exports_requested_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_council_exports_status"
        `);
        await queryRunner.query(`
            DROP TABLE "council_exports"
        `);
    }
}

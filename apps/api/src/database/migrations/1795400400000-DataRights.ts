import { MigrationInterface, QueryRunner } from 'typeorm';

/** Data rights (issue #8): erasure marks people as erased; retention policies delete old posts. */
export class DataRights1795400400000 implements MigrationInterface {
  name = 'DataRights1795400400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "CHK_users_erased_deactivated" CHECK ("erased_at" IS NULL OR "status" = 'deactivated')`);
    await queryRunner.query(`
      CREATE TABLE "retention_policies" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "target" character varying(16) NOT NULL,
        "group_id" uuid,
        "max_age_days" integer NOT NULL,
        "running_since" TIMESTAMP WITH TIME ZONE,
        "last_run_at" TIMESTAMP WITH TIME ZONE,
        "last_run_deleted" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_retention_policies_max_age" CHECK ("max_age_days" BETWEEN 30 AND 36500),
        CONSTRAINT "CHK_retention_policies_target" CHECK (("target" = 'group' AND "group_id" IS NOT NULL) OR ("target" = 'profiles' AND "group_id" IS NULL)),
        CONSTRAINT "PK_c0f79bfde72a93e544c780a7470" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_retention_policies_profiles" ON "retention_policies" ("target") WHERE "target" = 'profiles'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_retention_policies_group" ON "retention_policies" ("group_id") WHERE "group_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "retention_policies" ADD CONSTRAINT "FK_retention_policies_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "retention_policies" DROP CONSTRAINT "FK_retention_policies_group"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_retention_policies_group"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_retention_policies_profiles"`);
    await queryRunner.query(`DROP TABLE "retention_policies"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_erased_deactivated"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Groups1795390100000 implements MigrationInterface {
    name = 'Groups1795390100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "group_departments" (
                "group_id" uuid NOT NULL,
                "department_id" uuid NOT NULL,
                CONSTRAINT "PK_a7d83134af3315cbf485fd06cda" PRIMARY KEY ("group_id", "department_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_group_departments_department" ON "group_departments" ("department_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "group_invitations" (
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "invited_by_id" uuid,
                "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7c35c3b28e586658c52a6346299" PRIMARY KEY ("group_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_group_invitations_user" ON "group_invitations" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "group_join_requests" (
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "message" character varying(500),
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fb4dbbfa0e2f3a588430e745476" PRIMARY KEY ("group_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_group_join_requests_user" ON "group_join_requests" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "site_settings" (
                "key" character varying(100) NOT NULL,
                "value" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e71167433328a5afb90dda43da0" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "purpose" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "house_rules" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "posting_permission" character varying(16) NOT NULL DEFAULT 'members'
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "allow_anonymous_posts" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "members_can_invite" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD "linked_scim_group_id" uuid
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_groups_linked_scim_group" ON "groups" ("linked_scim_group_id")
            WHERE "linked_scim_group_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_groups_name_id" ON "groups" ("name", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD CONSTRAINT "CHK_groups_posting_permission" CHECK ("posting_permission" IN ('members', 'managers'))
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD CONSTRAINT "FK_groups_linked_scim_group" FOREIGN KEY ("linked_scim_group_id") REFERENCES "scim_groups"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_departments"
            ADD CONSTRAINT "FK_group_departments_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_departments"
            ADD CONSTRAINT "FK_group_departments_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations"
            ADD CONSTRAINT "FK_group_invitations_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations"
            ADD CONSTRAINT "FK_group_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations"
            ADD CONSTRAINT "FK_group_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_join_requests"
            ADD CONSTRAINT "FK_group_join_requests_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_join_requests"
            ADD CONSTRAINT "FK_group_join_requests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "group_join_requests" DROP CONSTRAINT "FK_group_join_requests_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_join_requests" DROP CONSTRAINT "FK_group_join_requests_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_group_invitations_invited_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_group_invitations_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_invitations" DROP CONSTRAINT "FK_group_invitations_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_departments" DROP CONSTRAINT "FK_group_departments_department"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_departments" DROP CONSTRAINT "FK_group_departments_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP CONSTRAINT "FK_groups_linked_scim_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP CONSTRAINT "CHK_groups_posting_permission"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_groups_name_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_groups_linked_scim_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "linked_scim_group_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "members_can_invite"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "allow_anonymous_posts"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "posting_permission"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "house_rules"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP COLUMN "purpose"
        `);
        await queryRunner.query(`
            DROP TABLE "site_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_group_join_requests_user"
        `);
        await queryRunner.query(`
            DROP TABLE "group_join_requests"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_group_invitations_user"
        `);
        await queryRunner.query(`
            DROP TABLE "group_invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_group_departments_department"
        `);
        await queryRunner.query(`
            DROP TABLE "group_departments"
        `);
    }

}

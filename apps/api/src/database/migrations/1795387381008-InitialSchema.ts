import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795387381008 implements MigrationInterface {
    name = 'InitialSchema1795387381008'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "departments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(100) NOT NULL,
                "name" character varying(120) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_departments_slug" ON "departments" ("slug")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_departments_name" ON "departments" ("name")
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(320) NOT NULL,
                "display_name" character varying(120) NOT NULL,
                "given_name" character varying(80),
                "family_name" character varying(80),
                "job_title" character varying(120),
                "department_id" uuid,
                "role" character varying(16) NOT NULL DEFAULT 'member',
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "last_sign_in_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_users_email_lower" CHECK ("email" = lower("email")),
                CONSTRAINT "CHK_users_status" CHECK ("status" IN ('active', 'deactivated')),
                CONSTRAINT "CHK_users_role" CHECK ("role" IN ('admin', 'member')),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(80) NOT NULL,
                "name" character varying(120) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "visibility" character varying(16) NOT NULL,
                "created_by_id" uuid,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_groups_visibility" CHECK ("visibility" IN ('open', 'closed', 'secret')),
                CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_groups_slug" ON "groups" ("slug")
        `);
        await queryRunner.query(`
            CREATE TABLE "group_memberships" (
                "group_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL DEFAULT 'member',
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_group_memberships_role" CHECK ("role" IN ('owner', 'manager', 'member')),
                CONSTRAINT "PK_e9a383a45af8eff11505d527620" PRIMARY KEY ("group_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_group_memberships_user" ON "group_memberships" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "posts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "group_id" uuid,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_posts_group_created" ON "posts" ("group_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "skills" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(50) NOT NULL,
                "normalised_name" character varying(50) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_skills_normalised_name" ON "skills" ("normalised_name")
        `);
        await queryRunner.query(`
            CREATE TABLE "user_skills" (
                "user_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_816eba68a0ca1b837ec15daefc7" PRIMARY KEY ("user_id", "skill_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_users_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "groups"
            ADD CONSTRAINT "FK_groups_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_memberships"
            ADD CONSTRAINT "FK_group_memberships_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "group_memberships"
            ADD CONSTRAINT "FK_group_memberships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_posts_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_skills"
            ADD CONSTRAINT "FK_user_skills_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_skills"
            ADD CONSTRAINT "FK_user_skills_skill" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "user_skills" DROP CONSTRAINT "FK_user_skills_skill"
        `);
        await queryRunner.query(`
            ALTER TABLE "user_skills" DROP CONSTRAINT "FK_user_skills_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_posts_author"
        `);
        await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_posts_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_memberships" DROP CONSTRAINT "FK_group_memberships_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "group_memberships" DROP CONSTRAINT "FK_group_memberships_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "groups" DROP CONSTRAINT "FK_groups_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_users_department"
        `);
        await queryRunner.query(`
            DROP TABLE "user_skills"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_skills_normalised_name"
        `);
        await queryRunner.query(`
            DROP TABLE "skills"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_group_created"
        `);
        await queryRunner.query(`
            DROP TABLE "posts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_group_memberships_user"
        `);
        await queryRunner.query(`
            DROP TABLE "group_memberships"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_groups_slug"
        `);
        await queryRunner.query(`
            DROP TABLE "groups"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_users_email"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_departments_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_departments_slug"
        `);
        await queryRunner.query(`
            DROP TABLE "departments"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class People1795389411798 implements MigrationInterface {
    name = 'People1795389411798'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "follows" (
                "follower_id" uuid NOT NULL,
                "followee_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_follows_not_self" CHECK ("follower_id" <> "followee_id"),
                CONSTRAINT "PK_f9294bbb1517cfd99f06f534fe7" PRIMARY KEY ("follower_id", "followee_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_follows_followee" ON "follows" ("followee_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "learning_goals" (
                "user_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_50be760af9e1487090f5cb5d1cf" PRIMARY KEY ("user_id", "skill_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_learning_goals_skill" ON "learning_goals" ("skill_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "skill_endorsements" (
                "endorser_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "skill_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_skill_endorsements_not_self" CHECK ("endorser_id" <> "user_id"),
                CONSTRAINT "PK_0fe34130c87d6b7f12830dbab47" PRIMARY KEY ("endorser_id", "user_id", "skill_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_skill_endorsements_user_skill" ON "skill_endorsements" ("user_id", "skill_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "pronouns" character varying(40)
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "location" character varying(120)
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "working_pattern" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "phone" character varying(40)
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "bio" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "bio_html" text NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "manager_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "ask_me_about" character varying(60) array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "interests" character varying(60) array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "contact_preference" jsonb NOT NULL DEFAULT '{"note": null, "method": "moot"}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "hidden_fields" character varying(20) array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "avatar_key" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "user_skills"
            ADD "offers_help" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_user_skills_skill" ON "user_skills" ("skill_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_users_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follows"
            ADD CONSTRAINT "FK_follows_follower" FOREIGN KEY ("follower_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follows"
            ADD CONSTRAINT "FK_follows_followee" FOREIGN KEY ("followee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_goals"
            ADD CONSTRAINT "FK_learning_goals_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_goals"
            ADD CONSTRAINT "FK_learning_goals_skill" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "skill_endorsements"
            ADD CONSTRAINT "FK_skill_endorsements_endorser" FOREIGN KEY ("endorser_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "skill_endorsements"
            ADD CONSTRAINT "FK_skill_endorsements_user_skill" FOREIGN KEY ("user_id", "skill_id") REFERENCES "user_skills"("user_id", "skill_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "skill_endorsements" DROP CONSTRAINT "FK_skill_endorsements_user_skill"
        `);
        await queryRunner.query(`
            ALTER TABLE "skill_endorsements" DROP CONSTRAINT "FK_skill_endorsements_endorser"
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_goals" DROP CONSTRAINT "FK_learning_goals_skill"
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_goals" DROP CONSTRAINT "FK_learning_goals_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "follows" DROP CONSTRAINT "FK_follows_followee"
        `);
        await queryRunner.query(`
            ALTER TABLE "follows" DROP CONSTRAINT "FK_follows_follower"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_users_manager"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_user_skills_skill"
        `);
        await queryRunner.query(`
            ALTER TABLE "user_skills" DROP COLUMN "offers_help"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "avatar_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "hidden_fields"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "contact_preference"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "interests"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "ask_me_about"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "manager_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "bio_html"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "bio"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "phone"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "working_pattern"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "location"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "pronouns"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_skill_endorsements_user_skill"
        `);
        await queryRunner.query(`
            DROP TABLE "skill_endorsements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_learning_goals_skill"
        `);
        await queryRunner.query(`
            DROP TABLE "learning_goals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_follows_followee"
        `);
        await queryRunner.query(`
            DROP TABLE "follows"
        `);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795392000000 implements MigrationInterface {
    name = 'Notifications1795392000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "type" character varying(32) NOT NULL,
                "target_type" character varying(16) NOT NULL,
                "target_id" uuid NOT NULL,
                "group_id" uuid,
                "group_key" character varying(200) NOT NULL,
                "actor_ids" uuid array NOT NULL DEFAULT '{}',
                "actor_count" integer NOT NULL DEFAULT '0',
                "link" character varying(500) NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "emailed_at" TIMESTAMP WITH TIME ZONE,
                "digested_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_notifications_target_type" CHECK (
                    "target_type" IN ('post', 'reply', 'group', 'skill')
                ),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_notifications_unread_group" ON "notifications" ("user_id", "type", "group_key")
            WHERE "read_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_notifications_user_updated" ON "notifications" ("user_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "user_id" uuid NOT NULL,
                "type" character varying(32) NOT NULL,
                "delivery" character varying(16) NOT NULL,
                CONSTRAINT "CHK_notification_preferences_delivery" CHECK (
                    "delivery" IN (
                        'in_app',
                        'email_now',
                        'daily_digest',
                        'weekly_digest',
                        'off'
                    )
                ),
                CONSTRAINT "PK_755d37e231803acea1c54e5e88a" PRIMARY KEY ("user_id", "type")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_group_preferences" (
                "user_id" uuid NOT NULL,
                "group_id" uuid NOT NULL,
                "delivery" character varying(16) NOT NULL,
                CONSTRAINT "CHK_notification_group_preferences_delivery" CHECK (
                    "delivery" IN (
                        'in_app',
                        'email_now',
                        'daily_digest',
                        'weekly_digest',
                        'off'
                    )
                ),
                CONSTRAINT "PK_affdd6e1509343d3038bcf63ea9" PRIMARY KEY ("user_id", "group_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_settings" (
                "user_id" uuid NOT NULL,
                "quiet_start" character varying(5) NOT NULL,
                "quiet_end" character varying(5) NOT NULL,
                CONSTRAINT "CHK_notification_settings_quiet_hours" CHECK (
                    "quiet_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
                    AND "quiet_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
                ),
                CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_notifications_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preferences"
            ADD CONSTRAINT "FK_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_group_preferences"
            ADD CONSTRAINT "FK_notification_group_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_group_preferences"
            ADD CONSTRAINT "FK_notification_group_preferences_group" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_settings"
            ADD CONSTRAINT "FK_notification_settings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_notification_settings_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_group_preferences" DROP CONSTRAINT "FK_notification_group_preferences_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_group_preferences" DROP CONSTRAINT "FK_notification_group_preferences_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_notification_preferences_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_user"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_settings"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_group_preferences"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_user_updated"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_notifications_unread_group"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    }

}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the people directory. All are expression indexes, which TypeORM's schema
 * builder does not read, so the entities stay the single description of the columns.
 * - lower(display_name) with text_pattern_ops: exact and prefix name matches (`LIKE 'q%'`).
 * - trigram GIN over one lower-cased "search text" of a person (name, job title, ask-me-about
 *   topics, interests, joined by newlines): substring matches (`LIKE '%q%'`) on any of them.
 *   A query never contains a newline (whitespace is collapsed), so it cannot match across fields.
 * - trigram GIN over skills.normalised_name: substring skill suggestions while typing.
 */
export class DirectoryIndexes1795390000000 implements MigrationInterface {
  name = 'DirectoryIndexes1795390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // array_to_string is only STABLE in general (any element type); for varchar arrays it is immutable.
    await queryRunner.query(`
      CREATE FUNCTION moot_person_search_text(display_name varchar, job_title varchar, ask_me_about varchar[], interests varchar[])
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(display_name || E'\\n' || coalesce(job_title, '') || E'\\n' || array_to_string(ask_me_about, E'\\n') || E'\\n' || array_to_string(interests, E'\\n')) $$
    `);
    await queryRunner.query(`CREATE INDEX "IDX_users_lower_display_name" ON "users" (lower("display_name") text_pattern_ops) WHERE "status" = 'active'`);
    await queryRunner.query(`
      CREATE INDEX "IDX_users_search_text_trgm" ON "users"
      USING gin (moot_person_search_text("display_name", "job_title", "ask_me_about", "interests") gin_trgm_ops) WHERE "status" = 'active'
    `);
    await queryRunner.query(`CREATE INDEX "IDX_skills_normalised_name_trgm" ON "skills" USING gin (("normalised_name"::text) gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_skills_normalised_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_search_text_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_lower_display_name"`);
    await queryRunner.query(`DROP FUNCTION moot_person_search_text(varchar, varchar, varchar[], varchar[])`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search (issue #7). Each searchable row's document is one IMMUTABLE function of its
 * columns, indexed with GIN as an expression index; the search SQL calls the same function, so
 * the index is used and the document is defined once. Not a stored column: TypeORM's schema
 * builder drops table columns the entities do not declare, but never reads expression indexes,
 * so the entities stay the single description of the columns.
 * - posts: the first line (the title) weight A, the rest B; live posts only.
 * - replies: body; groups: name A, description B; people: display name A, job title and
 *   "ask me about" B (active people only); attachments: file name split at dots, dashes, underscores.
 */
export class Search1795392200000 implements MigrationInterface {
  name = 'Search1795392200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION moot_post_search_document(body text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('english'::regconfig, split_part(coalesce(body, ''), E'\\n', 1)), 'A')
                || setweight(to_tsvector('english'::regconfig, substr(coalesce(body, ''), length(split_part(coalesce(body, ''), E'\\n', 1)) + 2)), 'B') $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION moot_reply_search_document(body text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT to_tsvector('english'::regconfig, coalesce(body, '')) $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION moot_group_search_document(name varchar, description text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
                || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') $$
    `);
    // array_to_string is only STABLE in general (any element type); for varchar arrays it is immutable.
    await queryRunner.query(`
      CREATE FUNCTION moot_person_search_document(display_name varchar, job_title varchar, ask_me_about varchar[])
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('english'::regconfig, coalesce(display_name, '')), 'A')
                || setweight(to_tsvector('english'::regconfig, coalesce(job_title, '') || E'\\n' || array_to_string(ask_me_about, E'\\n')), 'B') $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION moot_attachment_search_document(file_name varchar)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT to_tsvector('english'::regconfig, translate(coalesce(file_name, ''), '._-', '   ')) $$
    `);
    await queryRunner.query(`CREATE INDEX "IDX_posts_search" ON "posts" USING gin (moot_post_search_document("body")) WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_replies_search" ON "replies" USING gin (moot_reply_search_document("body")) WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_groups_search" ON "groups" USING gin (moot_group_search_document("name", "description"))`);
    await queryRunner.query(`
      CREATE INDEX "IDX_users_search" ON "users"
      USING gin (moot_person_search_document("display_name", "job_title", "ask_me_about")) WHERE "status" = 'active'
    `);
    await queryRunner.query(`CREATE INDEX "IDX_attachments_search" ON "attachments" USING gin (moot_attachment_search_document("file_name"))`);
    await queryRunner.query(`CREATE INDEX "IDX_groups_lower_name_trgm" ON "groups" USING gin (lower("name") gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_groups_lower_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachments_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_groups_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_replies_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_search"`);
    await queryRunner.query(`DROP FUNCTION moot_attachment_search_document(varchar)`);
    await queryRunner.query(`DROP FUNCTION moot_person_search_document(varchar, varchar, varchar[])`);
    await queryRunner.query(`DROP FUNCTION moot_group_search_document(varchar, text)`);
    await queryRunner.query(`DROP FUNCTION moot_reply_search_document(text)`);
    await queryRunner.query(`DROP FUNCTION moot_post_search_document(text)`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit log search (issue #8) and rate-limit counters shared by every API instance.
 * - (at, id) replaces (at): keyset paging newest first; filter indexes lead with their column.
 * - A trigram GIN index over one lower-cased "search text" of an event (actor, action, target,
 *   IP, details) serves `q` (`LIKE '%q%'`); it is an expression index, which TypeORM does not read.
 * - `rate_limit_counters` is UNLOGGED (fast, lost on a crash — acceptable for counters) and has
 *   no entity: one row per key holding its current window, incremented (or restarted once the
 *   window has passed) with an atomic upsert.
 */
export class AuditSearchAndLimits1795400500000 implements MigrationInterface {
  name = 'AuditSearchAndLimits1795400500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_at"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_at_id" ON "audit_events" ("at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_outcome" ON "audit_events" ("outcome", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_target" ON "audit_events" ("target_type", "target_id", "at")`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // jsonb::text and coalesce/|| on text are immutable, so the function can back an index.
    await queryRunner.query(`
      CREATE FUNCTION moot_audit_search_text(actor_label varchar, action varchar, target_id varchar, ip varchar, details jsonb)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(actor_label || E'\\n' || action || E'\\n' || coalesce(target_id, '') || E'\\n' || coalesce(ip, '') || E'\\n' || details::text) $$
    `);
    await queryRunner.query(`
      CREATE INDEX "IDX_audit_events_search_text_trgm" ON "audit_events"
      USING gin (moot_audit_search_text("actor_label", "action", "target_id", "ip", "details") gin_trgm_ops)
    `);
    await queryRunner.query(`
      CREATE UNLOGGED TABLE "rate_limit_counters" (
        "key" varchar(200) NOT NULL,
        "window_start" timestamptz NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "hits" integer NOT NULL,
        CONSTRAINT "PK_rate_limit_counters" PRIMARY KEY ("key")
      )
    `);
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_counters_expires_at" ON "rate_limit_counters" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_search_text_trgm"`);
    await queryRunner.query(`DROP FUNCTION moot_audit_search_text(varchar, varchar, varchar, varchar, jsonb)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_at_id"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("at")`);
  }
}

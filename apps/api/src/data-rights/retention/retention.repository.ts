import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '../../database/returning-rows';

export interface RetentionPolicyRow {
  id: string;
  groupId: string | null;
  groupSlug: string | null;
  groupName: string | null;
  maxAgeDays: number;
  createdAt: Date;
  lastRunAt: Date | null;
  lastRunDeleted: number | null;
}

/** A run that died mid-way (instance killed) frees its policy after this long. */
const STALE_RUN = `interval '1 hour'`;

const POLICY_COLUMNS = `p.id, p.group_id AS "groupId", g.slug AS "groupSlug", g.name AS "groupName", p.max_age_days AS "maxAgeDays",
  p.created_at AS "createdAt", p.last_run_at AS "lastRunAt", p.last_run_deleted AS "lastRunDeleted"`;

/**
 * Which posts a policy covers: its group's, or (no group) those on profiles. Pinned posts are
 * kept whatever their age: a group pins what it means to keep in view (see docs in the service).
 */
const COVERED_POSTS = `(($1::uuid IS NULL AND group_id IS NULL) OR group_id = $1::uuid) AND created_at < $2 AND pinned_at IS NULL`;

@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  list(): Promise<RetentionPolicyRow[]> {
    return this.dataSource.query(`SELECT ${POLICY_COLUMNS} FROM retention_policies p LEFT JOIN groups g ON g.id = p.group_id ORDER BY g.name NULLS FIRST, p.id`);
  }

  async find(id: string): Promise<RetentionPolicyRow | null> {
    const rows: RetentionPolicyRow[] = await this.dataSource.query(
      `SELECT ${POLICY_COLUMNS} FROM retention_policies p LEFT JOIN groups g ON g.id = p.group_id WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async groupExists(groupId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM groups WHERE id = $1`, [groupId]);
    return rows.length > 0;
  }

  async hasPolicyFor(groupId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      groupId ? `SELECT 1 FROM retention_policies WHERE group_id = $1` : `SELECT 1 FROM retention_policies WHERE target = 'profiles'`,
      groupId ? [groupId] : [],
    );
    return rows.length > 0;
  }

  async insert(groupId: string | null, maxAgeDays: number): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO retention_policies (target, group_id, max_age_days) VALUES ($1, $2, $3) RETURNING id`,
      [groupId ? 'group' : 'profiles', groupId, maxAgeDays],
    );
    return rows[0].id;
  }

  async updateMaxAge(id: string, maxAgeDays: number): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.dataSource.query(`UPDATE retention_policies SET max_age_days = $2, updated_at = now() WHERE id = $1 RETURNING id`, [id, maxAgeDays]),
    );
    return rows.length > 0;
  }

  async delete(id: string): Promise<boolean> {
    const rows = returningRows<{ id: string }>(await this.dataSource.query(`DELETE FROM retention_policies WHERE id = $1 RETURNING id`, [id]));
    return rows.length > 0;
  }

  async preview(groupId: string | null, cutoff: Date): Promise<{ postsToDelete: number; oldestPostAt: Date | null }> {
    const rows: { count: string; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*) AS count, min(created_at) AS oldest FROM posts WHERE ${COVERED_POSTS}`,
      [groupId, cutoff],
    );
    return { postsToDelete: Number(rows[0].count), oldestPostAt: rows[0].oldest };
  }

  /**
   * Takes the policy for one run. The guarded UPDATE succeeds on one instance only, so two
   * instances (or a manual run racing the daily job) never delete the same policy's posts at once.
   */
  async claim(id: string): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE retention_policies SET running_since = now() WHERE id = $1 AND (running_since IS NULL OR running_since < now() - ${STALE_RUN}) RETURNING id`,
        [id],
      ),
    );
    return rows.length > 0;
  }

  async finish(id: string, deleted: number): Promise<void> {
    await this.dataSource.query(`UPDATE retention_policies SET running_since = NULL, last_run_at = now(), last_run_deleted = $2 WHERE id = $1`, [id, deleted]);
  }

  /** Frees a claim without recording a run (the run failed). */
  async release(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE retention_policies SET running_since = NULL WHERE id = $1`, [id]);
  }

  /** The next oldest batch, locked; SKIP LOCKED leaves posts someone is editing for the next run. */
  async nextBatch(manager: EntityManager, groupId: string | null, cutoff: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM posts WHERE ${COVERED_POSTS} ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [groupId, cutoff, limit],
    );
    return rows.map((row) => row.id);
  }
}

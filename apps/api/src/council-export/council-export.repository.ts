import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ExportStatus } from '@moot/contracts';
import { returningRows } from '../database/returning-rows';

/** A running export whose heartbeat is older than this has lost its worker (the worker beats every few seconds). */
export const STALE_AFTER_SECONDS = 60;

/** Any fixed number: serialises "is one already queued or running? if not, queue one". */
const START_LOCK = 0x6d6f6f7465;

export interface CouncilExportRow {
  id: string;
  status: ExportStatus;
  phase: string | null;
  processed: number;
  total: number | null;
  formatVersion: number;
  requestedById: string | null;
  requestedByName: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  sizeBytes: string | null;
  error: string | null;
  attempts: number;
}

const COLUMNS = `e.id, e.status, e.phase, e.processed, e.total, e.format_version AS "formatVersion", e.requested_by_id AS "requestedById",
  u.display_name AS "requestedByName", e.requested_at AS "requestedAt", e.started_at AS "startedAt", e.finished_at AS "finishedAt",
  e.size_bytes AS "sizeBytes", e.error, e.attempts`;

@Injectable()
export class CouncilExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Queues a new export, or returns null when one is already queued or running. */
  async createIfIdle(requestedById: string | null, formatVersion: number): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [START_LOCK]);
      const [busy] = await manager.query(`SELECT 1 FROM council_exports WHERE status IN ('queued', 'running') LIMIT 1`);
      if (busy) return null;
      const [row] = await manager.query(`INSERT INTO council_exports (status, format_version, requested_by_id) VALUES ('queued', $1, $2) RETURNING id`, [
        formatVersion,
        requestedById,
      ]);
      return row.id as string;
    });
  }

  async list(limit = 50): Promise<CouncilExportRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM council_exports e LEFT JOIN users u ON u.id = e.requested_by_id ORDER BY e.requested_at DESC, e.id LIMIT $1`, [limit]);
  }

  async find(id: string): Promise<CouncilExportRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM council_exports e LEFT JOIN users u ON u.id = e.requested_by_id WHERE e.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * Takes an export for this worker: a queued one, or a running one whose worker is gone (a
   * pg-boss retry after a crash), which counts as a restart. Null when another worker has it or it is over.
   */
  async claim(id: string): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE council_exports SET status = 'running', phase = 'counting', processed = 0, total = NULL, error = NULL, size_bytes = NULL,
           started_at = now(), finished_at = NULL, heartbeat_at = now(), attempts = attempts + CASE WHEN status = 'running' THEN 1 ELSE 0 END
         WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $2)))
         RETURNING id`,
        [id, STALE_AFTER_SECONDS],
      ),
    );
    return rows.length === 1;
  }

  /** Puts running exports whose worker is gone back in the queue; returns their ids. */
  async requeueStale(): Promise<string[]> {
    const rows = returningRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE council_exports SET status = 'queued', phase = NULL, processed = 0, total = NULL, attempts = attempts + 1
         WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
         RETURNING id`,
        [STALE_AFTER_SECONDS],
      ),
    );
    return rows.map((row) => row.id);
  }

  async queuedIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM council_exports WHERE status = 'queued'`);
    return rows.map((row) => row.id);
  }

  /** Records progress and beats; false when the export is no longer this worker's (deleted). */
  async progress(id: string, changes: { phase?: string; processed?: number; total?: number }): Promise<boolean> {
    const rows = returningRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE council_exports SET heartbeat_at = now(), phase = COALESCE($2, phase), processed = COALESCE($3, processed), total = COALESCE($4, total)
         WHERE id = $1 AND status = 'running' RETURNING id`,
        [id, changes.phase ?? null, changes.processed ?? null, changes.total ?? null],
      ),
    );
    return rows.length === 1;
  }

  async complete(id: string, sizeBytes: number, processed: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE council_exports SET status = 'completed', phase = NULL, processed = $3, finished_at = now(), heartbeat_at = now(), size_bytes = $2
       WHERE id = $1 AND status = 'running'`,
      [id, sizeBytes, processed],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE council_exports SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1 AND status = 'running'`, [
      id,
      error.slice(0, 2000),
    ]);
  }

  async delete(id: string): Promise<boolean> {
    const rows = returningRows<{ id: string }>(await this.dataSource.query('DELETE FROM council_exports WHERE id = $1 RETURNING id', [id]));
    return rows.length === 1;
  }
}

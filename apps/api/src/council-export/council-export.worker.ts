import fs from 'node:fs';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { ArchiveProgress } from './archive-writer';
import { CouncilArchiveExporter } from './council-archive.exporter';
import { CouncilExportRepository } from './council-export.repository';

export const COUNCIL_EXPORT_QUEUE = 'council-export';
const HEARTBEAT_MS = 5_000;
/** Progress is written at most this often (and at every phase change). */
const PROGRESS_MS = 1_000;

class ExportGone extends Error {}

/**
 * Runs queued exports (pg-boss queue `council-export`), one at a time per instance; the claim in
 * the database makes sure only one worker anywhere runs a given export. On start-up, running
 * exports whose heartbeat stopped (the process was killed) are restarted from the beginning.
 */
@Injectable()
export class CouncilExportWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(CouncilExportWorker.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly exports: CouncilExportRepository,
    private readonly exporter: CouncilArchiveExporter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ exportId: string }>(COUNCIL_EXPORT_QUEUE, { retryLimit: 2 }, (data) => this.run(data.exportId));
    await this.recover();
  }

  enqueue(exportId: string): Promise<void> {
    return this.jobs.send(COUNCIL_EXPORT_QUEUE, { exportId });
  }

  /** Restarts interrupted exports cleanly, and makes sure every queued one has a job. */
  async recover(): Promise<void> {
    const restarted = await this.exports.requeueStale();
    for (const id of restarted) {
      this.logger.warn(`export ${id} was interrupted: starting it again`);
      await this.exporter.remove(this.exporter.archivePath(id));
    }
    // A duplicate job is harmless: only one worker can claim an export.
    for (const id of await this.exports.queuedIds()) await this.enqueue(id);
  }

  async run(exportId: string): Promise<void> {
    if (!(await this.exports.claim(exportId))) return;
    const target = this.exporter.archivePath(exportId);
    let processed = 0;
    let phase = 'counting';
    let lastWrite = 0;
    let gone = false;
    const heartbeat = setInterval(() => {
      void this.exports.progress(exportId, {}).then((mine) => (gone ||= !mine), () => undefined);
    }, HEARTBEAT_MS);
    const progress: ArchiveProgress = {
      total: async (total) => {
        if (!(await this.exports.progress(exportId, { total }))) throw new ExportGone();
      },
      advance: async (nextPhase, done) => {
        processed += done;
        if (gone) throw new ExportGone();
        if (nextPhase === phase && Date.now() - lastWrite < PROGRESS_MS) return;
        phase = nextPhase;
        lastWrite = Date.now();
        if (!(await this.exports.progress(exportId, { phase, processed }))) throw new ExportGone();
      },
    };
    try {
      await this.exporter.write(target, progress);
      const { size } = await fs.promises.stat(target);
      await this.exports.complete(exportId, size, processed);
      if (!(await this.exports.find(exportId))) await this.exporter.remove(target);
    } catch (error) {
      await this.exporter.remove(target);
      if (error instanceof ExportGone) return;
      this.logger.error(`export ${exportId} failed: ${(error as Error).message}`);
      await this.exports.fail(exportId, (error as Error).message);
    } finally {
      clearInterval(heartbeat);
    }
  }
}

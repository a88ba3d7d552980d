import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { CouncilExportView } from '@moot/contracts';
import { AuditActor, AuditOrigin, AuditService } from '../audit/audit.service';
import { ARCHIVE_FORMAT_VERSION } from './archive-format';
import { CouncilArchiveExporter } from './council-archive.exporter';
import { CouncilExportException } from './council-export.exception';
import { CouncilExportRepository, CouncilExportRow } from './council-export.repository';
import { CouncilExportWorker } from './council-export.worker';

export interface AdminContext {
  actor: AuditActor;
  origin: AuditOrigin;
}

export interface ExportDownload {
  stream: Readable;
  size: number;
  fileName: string;
}

export function toCouncilExportView(row: CouncilExportRow): CouncilExportView {
  return {
    id: row.id,
    status: row.status,
    phase: row.phase,
    processed: row.processed,
    total: row.total,
    formatVersion: row.formatVersion,
    requestedBy: row.requestedById ? { id: row.requestedById, displayName: row.requestedByName ?? '' } : null,
    requestedAt: row.requestedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    error: row.error,
    downloadUrl: row.status === 'completed' ? `/api/admin/exports/${row.id}/download` : null,
    attempts: row.attempts,
  };
}

/** Site admins' whole-council exports: start one (one at a time), follow it, download it, delete it. */
@Injectable()
export class CouncilExportService {
  constructor(
    private readonly exports: CouncilExportRepository,
    private readonly worker: CouncilExportWorker,
    private readonly exporter: CouncilArchiveExporter,
    private readonly audit: AuditService,
  ) {}

  async start(context: AdminContext): Promise<CouncilExportView> {
    const id = await this.exports.createIfIdle(context.actor.userId, ARCHIVE_FORMAT_VERSION);
    if (!id) throw CouncilExportException.alreadyRunning();
    try {
      await this.worker.enqueue(id);
    } catch (error) {
      // Never leave a queued export no worker will take: it would block every later one.
      await this.exports.delete(id);
      throw error;
    }
    await this.audit.record({ ...context, action: 'council_export.start', target: { type: 'council_export', id } });
    return this.get(id);
  }

  async list(): Promise<CouncilExportView[]> {
    return (await this.exports.list()).map(toCouncilExportView);
  }

  async get(id: string): Promise<CouncilExportView> {
    return toCouncilExportView(await this.find(id));
  }

  async download(id: string, context: AdminContext): Promise<ExportDownload> {
    const row = await this.find(id);
    if (row.status !== 'completed') throw CouncilExportException.notReady();
    const file = this.exporter.archivePath(id);
    let size: number;
    try {
      size = (await fs.promises.stat(file)).size;
    } catch {
      throw CouncilExportException.notFound();
    }
    await this.audit.record({ ...context, action: 'council_export.download', target: { type: 'council_export', id }, details: { sizeBytes: size } });
    return { stream: fs.createReadStream(file), size, fileName: `moot-council-export-${row.requestedAt.toISOString().slice(0, 10)}-${id.slice(0, 8)}.tar.gz` };
  }

  /** Deletes the archive; a queued or running export is stopped (its worker notices at its next step). */
  async delete(id: string, context: AdminContext): Promise<void> {
    const row = await this.find(id);
    if (!(await this.exports.delete(id))) throw CouncilExportException.notFound();
    await this.exporter.remove(this.exporter.archivePath(id));
    await this.audit.record({ ...context, action: 'council_export.delete', target: { type: 'council_export', id }, details: { status: row.status } });
  }

  private async find(id: string): Promise<CouncilExportRow> {
    const row = isUUID(id) ? await this.exports.find(id) : null;
    if (!row) throw CouncilExportException.notFound();
    return row;
  }
}

import { Injectable } from '@nestjs/common';
import type { AuditActionsResponse, AuditPage } from '@moot/contracts';
import { RequestException } from '../common/api-exception';
import { AuditActor, AuditOrigin, AuditService } from './audit.service';
import { AUDIT_CSV_HEADER, auditCsvRow, csvRow } from './audit-csv';
import { AuditCursor, decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { AuditFilter, AuditQueryRepository } from './audit-query.repository';
import { AUDIT_DEFAULT_LIMIT, AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';

/** Rows per query while streaming a CSV download: bounded memory, whatever the log's size. */
const CSV_BATCH = 500;

export interface AuditReader {
  actor: AuditActor;
  origin: AuditOrigin;
}

/** Writes one chunk of the download; resolves false when the client has gone. */
export type CsvSink = (chunk: string) => Promise<boolean>;

/** Searching and exporting the audit log (site admins). Reading the log is itself audited. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly repository: AuditQueryRepository,
    private readonly audit: AuditService,
  ) {}

  async search(query: AuditQueryDto, reader: AuditReader): Promise<AuditPage> {
    const filter = toFilter(query);
    const after = query.cursor ? decodeAuditCursor(query.cursor) : null;
    const page = await this.repository.page(filter, after, query.limit ?? AUDIT_DEFAULT_LIMIT);
    // Once per search, not per "show more"; recorded after the query so it does not list itself.
    if (!after) await this.audit.record({ ...reader, action: 'audit.view', details: { filter: describe(query) } });
    return { items: page.events, nextCursor: page.last ? encodeAuditCursor(page.last) : null };
  }

  async actions(): Promise<AuditActionsResponse> {
    return { actions: await this.repository.actions() };
  }

  /** Validates first (so a bad filter is a JSON 400, not a broken download), records the export, then streams. */
  prepareExport(query: AuditFilterDto, reader: AuditReader): { filter: AuditFilter; record: () => Promise<void> } {
    const filter = toFilter(query);
    return { filter, record: () => this.audit.record({ ...reader, action: 'audit.export', details: { filter: describe(query), format: 'csv' } }) };
  }

  async streamCsv(filter: AuditFilter, sink: CsvSink): Promise<number> {
    // A byte-order mark so spreadsheet programs read the file as UTF-8.
    if (!(await sink(`\uFEFF${csvRow(AUDIT_CSV_HEADER)}`))) return 0;
    let written = 0;
    let after: AuditCursor | null = null;
    do {
      const page = await this.repository.page(filter, after, CSV_BATCH);
      if (page.events.length > 0 && !(await sink(page.events.map(auditCsvRow).join('')))) return written;
      written += page.events.length;
      after = page.last;
    } while (after);
    return written;
  }
}

function toFilter(query: AuditFilterDto): AuditFilter {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from > to) throw RequestException.validationFailed([{ field: 'to', messages: ['must not be before from'] }]);
  const q = query.q?.trim().replace(/\s+/g, ' ').toLowerCase();
  return {
    q: q || undefined,
    action: query.action,
    actorId: query.actorId,
    targetType: query.targetType,
    targetId: query.targetId,
    outcome: query.outcome,
    from,
    to,
  };
}

/** The filters as given, for the audit row: only those set. */
function describe(query: AuditFilterDto): Record<string, string> {
  const keys = ['q', 'action', 'actorId', 'targetType', 'targetId', 'outcome', 'from', 'to'] as const;
  return Object.fromEntries(keys.filter((key) => query[key] !== undefined && query[key] !== '').map((key) => [key, String(query[key])]));
}

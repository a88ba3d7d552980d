import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import * as tar from 'tar-stream';
import { DataSource, QueryRunner } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { MarkdownService } from '../common/markdown/markdown.service';
import { FileStorage } from '../storage/file-storage';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ARCHIVE_TABLES, ArchiveFileLine, ArchiveManifest, ArchiveTable, IMPORTED_ANONYMOUS_AUTHOR_ID } from './archive-format';
import { CouncilExportException } from './council-export.exception';
import { sanitizeImportedHtml } from './imported-html';
import { LineReader } from './line-reader';

const BATCH = 500;

export interface CouncilImportResult {
  manifest: ArchiveManifest;
  /** Lines inserted per NDJSON file, and files restored under `files/`. */
  counts: Record<string, number>;
}

type Row = Record<string, unknown>;

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

const KNOWN_ENTRIES = new Set([...ARCHIVE_TABLES.map((table) => `${table.file}.ndjson`), 'files.ndjson', 'files/']);

/**
 * Restores a whole-council archive (docs/export-format.md) into an empty database, in one
 * transaction: the archive is read as a stream, each NDJSON file inserted in batches with the
 * archived ids (so links stay valid), and the files put back into storage (removed again if the
 * import fails). Anonymous posts get a placeholder author, as the archive never names theirs.
 */
@Injectable()
export class CouncilImportService {
  private readonly markdown = new MarkdownService();

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async importArchive(file: string, actor: AuditActor): Promise<CouncilImportResult> {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw CouncilExportException.archiveInvalid(`there is no file at ${file}.`);
    const runner = this.dataSource.createQueryRunner();
    const restored: string[] = [];
    try {
      await runner.connect();
      await runner.startTransaction();
      // Nobody may sign in (creating a person) or write to the audit log while the import runs.
      await runner.query('LOCK TABLE users, groups, audit_events IN SHARE ROW EXCLUSIVE MODE');
      const [{ people, groups }] = await runner.query('SELECT (SELECT count(*) FROM users)::int AS people, (SELECT count(*) FROM groups)::int AS groups');
      if (people > 0 || groups > 0) throw CouncilExportException.notEmpty(people, groups);
      const result = await this.readArchive(file, runner, restored);
      await runner.commitTransaction();
      await this.audit.record({ actor, action: 'council_import.complete', details: { exportedAt: result.manifest.exportedAt, siteName: result.manifest.siteName, counts: result.counts } });
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await Promise.all(restored.map((key) => this.storage.delete(key).catch(() => undefined)));
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async readArchive(file: string, runner: QueryRunner, restored: string[]): Promise<CouncilImportResult> {
    const extract = tar.extract();
    const gunzip = createGunzip();
    const source = fs.createReadStream(file);
    source.on('error', (error) => extract.destroy(error));
    gunzip.on('error', () => extract.destroy(CouncilExportException.archiveInvalid('it is not a gzip-compressed tar file.')));
    source.pipe(gunzip).pipe(extract);

    let manifest: ArchiveManifest | null = null;
    const counts: Record<string, number> = {};
    const contentTypes = new Map<string, string>();
    try {
      for await (const item of extract) {
        const entry = item as typeof item & AsyncIterable<Buffer>;
        const name = entry.header.name;
        if (!manifest) {
          if (name !== 'manifest.json') throw CouncilExportException.archiveInvalid('it does not start with manifest.json, so it is not a Moot council export.');
          manifest = validManifest(await readAll(entry));
          continue;
        }
        const spec = ARCHIVE_TABLES.find((table) => `${table.file}.ndjson` === name);
        if (spec) counts[name] = await this.insertTable(spec, entry, runner);
        else if (name === 'files.ndjson') {
          for await (const line of new LineReader(entry)) {
            const indexed = parseLine<ArchiveFileLine>(line, name);
            contentTypes.set(indexed.key, indexed.contentType);
          }
          counts[name] = contentTypes.size;
        } else if (name.startsWith('files/') && entry.header.type === 'file') {
          const key = name.slice('files/'.length);
          const contentType = contentTypes.get(key);
          if (!contentType) throw CouncilExportException.archiveInvalid(`${name} is not listed in files.ndjson.`);
          await this.storage.put(key, await readAll(entry), contentType);
          restored.push(key);
          counts['files/'] = (counts['files/'] ?? 0) + 1;
        } else await readAll(entry);
      }
    } catch (error) {
      extract.destroy();
      source.destroy();
      throw error;
    }
    if (!manifest) throw CouncilExportException.archiveInvalid('it is empty.');
    for (const [name, expected] of Object.entries(manifest.counts)) {
      // Files added to the format later are ignored by readers that do not know them, counts included.
      if (!KNOWN_ENTRIES.has(name)) continue;
      if ((counts[name] ?? 0) !== expected) throw CouncilExportException.archiveInvalid(`${name} holds ${counts[name] ?? 0} records but the manifest says ${expected}: the archive is incomplete.`);
    }
    return { manifest, counts };
  }

  private async insertTable(spec: ArchiveTable, lines: AsyncIterable<Buffer>, runner: QueryRunner): Promise<number> {
    const name = `${spec.file}.ndjson`;
    if (spec.table === 'audit_events') await this.checkAuditLogEmpty(runner);
    const deferred: Array<{ id: string; value: string }> = [];
    let batch: Row[] = [];
    let count = 0;
    let anonymousAuthor = false;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      if (!anonymousAuthor && batch.some((row) => row.__anonymous)) {
        await this.ensureAnonymousAuthor(runner);
        anonymousAuthor = true;
      }
      const columns = Object.keys(batch[0]).filter((column) => !column.startsWith('__'));
      const list = columns.map(quote).join(', ');
      try {
        await runner.query(`INSERT INTO ${quote(spec.table)} (${list}) SELECT ${list} FROM json_populate_recordset(null::${quote(spec.table)}, $1::json)`, [JSON.stringify(batch)]);
      } catch (error) {
        throw CouncilExportException.archiveInvalid(`${name}, records ${count - batch.length + 1}–${count}: ${(error as Error).message}`);
      }
      batch = [];
    };
    for await (const line of new LineReader(lines)) {
      const record = parseLine<Row>(line, name);
      const row: Row = {};
      for (const field of spec.fields) if (field.column) row[field.column] = record[field.field] ?? null;
      for (const field of spec.deferred ?? []) {
        const column = spec.fields.find((candidate) => candidate.field === field)!.column as string;
        if (row[column] != null) deferred.push({ id: String(record.id), value: String(row[column]) });
        row[column] = null;
      }
      this.adapt(spec, record, row);
      batch.push(row);
      count++;
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    // The log keeps its ids: new events (starting with this import's own) must number after them.
    if (spec.table === 'audit_events' && count > 0) await runner.query(`SELECT setval(pg_get_serial_sequence('audit_events', 'id'), (SELECT max(id) FROM audit_events))`);
    for (const field of spec.deferred ?? []) {
      const column = spec.fields.find((candidate) => candidate.field === field)!.column as string;
      for (let start = 0; start < deferred.length; start += BATCH) {
        await runner.query(
          `UPDATE ${quote(spec.table)} t SET ${quote(column)} = v.value FROM json_to_recordset($1::json) AS v(id uuid, value uuid) WHERE t.id = v.id`,
          [JSON.stringify(deferred.slice(start, start + BATCH))],
        );
      }
    }
    return count;
  }

  /** What the archive leaves out on purpose: derived HTML is rebuilt or re-sanitised, anonymous authors replaced. */
  private adapt(spec: ArchiveTable, record: Row, row: Row): void {
    const file = spec.file;
    if (spec.placeholderForWithheld && Array.isArray(record.withheld)) {
      for (const name of record.withheld) {
        const column = spec.fields.find((field) => field.field === name)?.column;
        // Only a field the archive really left empty is filled in.
        if (!column || record[name] != null) continue;
        row[column] = IMPORTED_ANONYMOUS_AUTHOR_ID;
        row.__anonymous = true;
      }
    }
    if (file === 'moderation-cases') row.excerpt_html = sanitizeImportedHtml(String(record.excerptHtml ?? ''));
    if (file === 'people') row.bio_html = this.markdown.render(String(record.bio ?? ''));
    if (file === 'posts' || file === 'replies') row.body_html = sanitizeImportedHtml(String(record.bodyHtml ?? ''));
    if (file === 'posts' && record.anonymous === true) {
      row.author_id = null;
      row.anonymous_author_id = IMPORTED_ANONYMOUS_AUTHOR_ID;
      row.__anonymous = true;
    } else if (file === 'posts') row.anonymous_author_id = null;
    if (file === 'attachments' && row.uploader_id == null) {
      row.uploader_id = IMPORTED_ANONYMOUS_AUTHOR_ID;
      row.__anonymous = true;
    }
  }

  /** Archived audit events keep their ids, so they cannot join events this database already holds. */
  private async checkAuditLogEmpty(runner: QueryRunner): Promise<void> {
    const [{ events }] = await runner.query('SELECT count(*)::int AS events FROM audit_events');
    if (events > 0) {
      throw CouncilExportException.archiveInvalid(
        `its audit log keeps its record numbers, and this database's audit log already has ${events} events. Import into a new database (a new DATABASE_URL or DATA_DIR); nothing was changed.`,
      );
    }
  }

  /** A deactivated placeholder person, the author of every imported anonymous post. */
  private async ensureAnonymousAuthor(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO users (id, email, display_name, role, status, deactivated_at)
       VALUES ($1, 'anonymous-author@import.invalid', 'Anonymous author (imported)', 'member', 'deactivated', now())
       ON CONFLICT (id) DO NOTHING`,
      [IMPORTED_ANONYMOUS_AUTHOR_ID],
    );
  }
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function parseLine<T>(line: string, file: string): T {
  try {
    const value = JSON.parse(line) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as T;
  } catch {
    // Reported below.
  }
  throw CouncilExportException.archiveInvalid(`${file} has a line that is not a JSON object.`);
}

function validManifest(bytes: Buffer): ArchiveManifest {
  let manifest: Partial<ArchiveManifest>;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Partial<ArchiveManifest>;
  } catch {
    throw CouncilExportException.archiveInvalid('manifest.json is not valid JSON.');
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw CouncilExportException.archiveInvalid(`manifest.json names the format "${String(manifest.format)}", not "${ARCHIVE_FORMAT}".`);
  if (manifest.formatVersion !== ARCHIVE_FORMAT_VERSION) {
    throw CouncilExportException.archiveInvalid(`it is format version ${String(manifest.formatVersion)}; this Moot reads version ${ARCHIVE_FORMAT_VERSION} only.`);
  }
  if (!manifest.counts || typeof manifest.counts !== 'object') throw CouncilExportException.archiveInvalid('manifest.json has no counts.');
  return manifest as ArchiveManifest;
}

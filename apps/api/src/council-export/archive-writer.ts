import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { DataSource, QueryRunner } from 'typeorm';
import { AVATAR_SIZES } from '@moot/contracts';
import { FileStorage } from '../storage/file-storage';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ARCHIVE_TABLES, ArchiveFileLine, ArchiveManifest, ArchiveTable, archiveReadme } from './archive-format';
import { LineReader } from './line-reader';

const BATCH = 500;

/** Told as the export goes; may throw to stop it (the export was deleted). */
export interface ArchiveProgress {
  total(total: number): Promise<void>;
  advance(phase: string, done: number): Promise<void>;
}

export interface WriteArchiveOptions {
  dataSource: DataSource;
  storage: FileStorage;
  /** The finished archive's path; written to `<target>.partial` first, with spool files beside it. */
  target: string;
  siteName: string;
  appVersion: string;
  progress?: ArchiveProgress;
}

const quote = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/** The exporter's keyset query for one table: each row as one JSON text, plus its key values. */
export function exportQuery(spec: ArchiveTable, first: boolean): string {
  const pairs = spec.fields.map((field) => `'${field.field}', ${field.read ?? `t.${quote(field.column as string)}`}`);
  // json_build_object takes at most 100 arguments: wider tables are built in parts and merged.
  const parts: string[] = [];
  for (let start = 0; start < pairs.length; start += 50) parts.push(`json_build_object(${pairs.slice(start, start + 50).join(', ')})`);
  const object = parts.length === 1 ? parts[0] : parts.map((part) => `${part}::jsonb`).join(' || ');
  const keys = spec.key.map((column) => `t.${quote(column)}`);
  const after = first ? '' : `WHERE (${keys.join(', ')}) > (${keys.map((_, index) => `$${index + 1}`).join(', ')})`;
  return `SELECT (${object})::text AS line, ${keys.map((key, index) => `${key}::text AS k${index}`).join(', ')}
          FROM ${quote(spec.table)} t ${spec.join ?? ''} ${after} ORDER BY ${keys.join(', ')} LIMIT ${BATCH}`;
}

/** Every stored file the data names: attachments, their thumbnails, and each avatar rendition. */
const FILE_KEYS = `
  SELECT key FROM (
    SELECT storage_key AS key FROM attachments
    UNION SELECT thumbnail_key FROM attachments WHERE thumbnail_key IS NOT NULL
    UNION SELECT u.avatar_key || '/' || size || '.webp' FROM users u CROSS JOIN unnest($1::text[]) AS size WHERE u.avatar_key IS NOT NULL
  ) keys`;

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function closeFile(stream: fs.WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

/**
 * Writes the whole council to one `.tar.gz` archive, never holding more than one batch of rows
 * (or one file's stream) in memory: tables are read in one REPEATABLE READ snapshot (so every
 * reference in the archive resolves) by keyset pages, spooled to NDJSON files on disk (a tar entry
 * needs its size up front), then packed with the stored files. Returns the manifest.
 */
export async function writeCouncilArchive(options: WriteArchiveOptions): Promise<ArchiveManifest> {
  const partial = `${options.target}.partial`;
  const spool = `${options.target}.spool`;
  await removeArchiveFiles(options.target);
  await fs.promises.mkdir(spool, { recursive: true });
  const runner = options.dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const manifest = await spoolData(runner, spool, options);
    await runner.query('COMMIT');
    await pack(spool, partial, manifest, options);
    await fs.promises.rename(partial, options.target);
    return manifest;
  } finally {
    if (runner.isTransactionActive) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
    await fs.promises.rm(spool, { recursive: true, force: true });
    await fs.promises.rm(partial, { force: true });
  }
}

/** Deletes an archive and anything a previous (interrupted) attempt left beside it. */
export async function removeArchiveFiles(target: string): Promise<void> {
  await Promise.all([
    fs.promises.rm(target, { force: true }),
    fs.promises.rm(`${target}.partial`, { force: true }),
    fs.promises.rm(`${target}.spool`, { recursive: true, force: true }),
  ]);
}

async function spoolData(runner: QueryRunner, spool: string, options: WriteArchiveOptions): Promise<ArchiveManifest> {
  const sizes = [...AVATAR_SIZES];
  let total = 0;
  for (const spec of ARCHIVE_TABLES) total += Number((await runner.query(`SELECT count(*)::int AS n FROM ${quote(spec.table)}`))[0].n);
  total += Number((await runner.query(`SELECT count(*)::int AS n FROM (${FILE_KEYS}) k`, [sizes]))[0].n);
  await options.progress?.total(total);

  const counts: Record<string, number> = {};
  for (const spec of ARCHIVE_TABLES) {
    const out = fs.createWriteStream(path.join(spool, `${spec.file}.ndjson`));
    let count = 0;
    let after: string[] | null = null;
    for (;;) {
      const rows: Array<{ line: string } & Record<string, string>> = await runner.query(exportQuery(spec, after === null), after ?? []);
      if (rows.length === 0) break;
      await write(out, rows.map((row) => row.line).join('\n') + '\n');
      count += rows.length;
      const last = rows[rows.length - 1];
      after = spec.key.map((_, index) => last[`k${index}`]);
      await options.progress?.advance(spec.file, rows.length);
      if (rows.length < BATCH) break;
    }
    await closeFile(out);
    counts[`${spec.file}.ndjson`] = count;
  }

  // Which files exist, with type and size: the tar entries need sizes, the importer the types.
  const index = fs.createWriteStream(path.join(spool, 'files.ndjson'));
  const missingFiles: string[] = [];
  let files = 0;
  let after = '';
  for (;;) {
    const rows: Array<{ key: string }> = await runner.query(`${FILE_KEYS} WHERE key > $2 ORDER BY key LIMIT ${BATCH}`, [sizes, after]);
    if (rows.length === 0) break;
    for (const { key } of rows) {
      const stored = await options.storage.get(key);
      if (!stored) {
        missingFiles.push(key);
        continue;
      }
      stored.stream.destroy();
      const line: ArchiveFileLine = { key, contentType: stored.contentType, size: stored.size };
      await write(index, JSON.stringify(line) + '\n');
      files++;
    }
    after = rows[rows.length - 1].key;
    if (rows.length < BATCH) break;
  }
  await closeFile(index);
  counts['files.ndjson'] = files;
  counts['files/'] = files;

  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    siteName: options.siteName,
    appVersion: options.appVersion,
    counts,
    missingFiles,
  };
}

async function pack(spool: string, partial: string, manifest: ArchiveManifest, options: WriteArchiveOptions): Promise<void> {
  const packer = tar.pack();
  const written = pipeline(packer, createGzip(), fs.createWriteStream(partial));
  written.catch(() => undefined);
  const add = async (name: string, size: number, source: Readable | Buffer): Promise<void> => {
    const done = new Promise<void>((resolve, reject) => {
      const entry = packer.entry({ name, size, mode: 0o644, mtime: new Date(manifest.exportedAt) }, (error) => (error ? reject(error) : resolve()));
      if (Buffer.isBuffer(source)) return void entry.end(source);
      void (async () => {
        try {
          for await (const chunk of source) if (!entry.write(chunk)) await once(entry as unknown as NodeJS.EventEmitter, 'drain');
          (entry as unknown as NodeJS.WritableStream).end();
        } catch (error) {
          reject(error);
        }
      })();
    });
    await done;
  };
  const text = async (name: string, content: string): Promise<void> => {
    const buffer = Buffer.from(content, 'utf8');
    await add(name, buffer.length, buffer);
  };
  const spooled = async (name: string): Promise<void> => {
    const file = path.join(spool, name);
    const { size } = await fs.promises.stat(file);
    await add(name, size, fs.createReadStream(file));
  };

  try {
    await text('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
    await text('README.md', archiveReadme(manifest));
    for (const spec of ARCHIVE_TABLES) await spooled(`${spec.file}.ndjson`);
    await spooled('files.ndjson');
    for await (const line of new LineReader(fs.createReadStream(path.join(spool, 'files.ndjson')))) {
      const file = JSON.parse(line) as ArchiveFileLine;
      const stored = await options.storage.get(file.key);
      if (!stored || stored.size !== file.size) {
        stored?.stream.destroy();
        throw new Error(`the stored file ${file.key} changed or vanished during the export: start it again.`);
      }
      await add(`files/${file.key}`, file.size, stored.stream);
      await options.progress?.advance('files', 1);
    }
    packer.finalize();
    await written;
  } catch (error) {
    packer.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, EmbeddedPostgres } from '../src/database/embedded/embedded-postgres';

declare global {
  // eslint-disable-next-line no-var
  var __MOOT_TEST_PG__: { server: EmbeddedPostgres; dir: string } | undefined;
}

/**
 * Gives every test file a real PostgreSQL: TEST_DATABASE_URL when set (e.g. the machine's
 * own server), otherwise an embedded one in a temporary folder for this run. Each test file
 * then creates and migrates its own database (see test/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres' });
  globalThis.__MOOT_TEST_PG__ = { server, dir };
  // Workers are forked after global setup, so they inherit this.
  process.env.TEST_DATABASE_URL = server.url;
}

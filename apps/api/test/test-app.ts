import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { loadConfig } from '../src/config/load-config';
import { createHttpApp } from '../src/http-app';
import { TestDatabase } from './test-database';

/** The real HTTP stack (middleware, filters, validation) on a test database. */
export async function createTestApp(database: TestDatabase, env: Record<string, string> = {}): Promise<INestApplication> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-test-data-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SEED_DEMO: 'false', ...env }).withDatabaseUrl(database.url);
  const app = await createHttpApp(config);
  await app.init();
  return app;
}

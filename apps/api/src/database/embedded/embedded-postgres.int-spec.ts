import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runningServerPort, startEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe(startEmbeddedPostgres.name, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-embedded-'));

  beforeAll(() => fs.chmodSync(dataDir, 0o755));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('initialises on first use, lets a second process attach, and keeps data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, database: 'moot' });
    try {
      expect(first.owned).toBe(true);
      expect(runningServerPort(path.join(dataDir, 'postgres'))).toBe(first.port);
      await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES (\'still here\')');

      // The CLI (or a second `npm start`) attaches to the running server instead of starting another.
      const attached = await startEmbeddedPostgres({ dataDir, database: 'moot' });
      expect(attached.owned).toBe(false);
      expect(attached.port).toBe(first.port);
      await attached.stop();
      await expect(query(first.url, 'SELECT 1 AS ok')).resolves.toEqual([{ ok: 1 }]);
    } finally {
      await first.stop();
    }
    expect(runningServerPort(path.join(dataDir, 'postgres'))).toBeUndefined();
    await expect(startEmbeddedPostgres({ dataDir, attachOnly: true })).rejects.toThrow(/no embedded PostgreSQL is running/);

    const again = await startEmbeddedPostgres({ dataDir, database: 'moot' });
    try {
      await expect(query(again.url, 'SELECT note FROM kept')).resolves.toEqual([{ note: 'still here' }]);
    } finally {
      await again.stop();
    }
  });
});

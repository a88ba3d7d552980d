import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../test/test-database';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('apply on an empty database, revert completely, and apply again', async () => {
    const applied = await runMigrations(database.url);
    expect(applied.length).toBeGreaterThan(0);
    await expect(runMigrations(database.url)).resolves.toEqual([]);

    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables: { table_name: string }[] = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
    await expect(runMigrations(database.url)).resolves.toEqual(applied);
  });

  it('leave the schema exactly as the entities describe it (no pending changes)', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuse values outside the allowed sets at the database level', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await expect(
        dataSource.query(`INSERT INTO users (email, display_name, role) VALUES ('a@b.example', 'A', 'superuser')`),
      ).rejects.toThrow(/CHK_users_role/);
      await expect(dataSource.query(`INSERT INTO users (email, display_name) VALUES ('Upper@B.example', 'A')`)).rejects.toThrow(
        /CHK_users_email_lower/,
      );
    } finally {
      await dataSource.destroy();
    }
  });
});

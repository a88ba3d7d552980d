/**
 * Data source for the TypeORM CLI (`npm run migration:generate`, `migration:run`).
 * Uses DATABASE_URL, or the embedded PostgreSQL of DATA_DIR when it is running.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('Set DATABASE_URL (scripts/typeorm.mjs sets it for the embedded database).');
}

export default new DataSource(dataSourceOptions(url));

#!/usr/bin/env node
// Runs the TypeORM CLI against Moot's data source: DATABASE_URL when set, otherwise the
// embedded PostgreSQL of DATA_DIR (started for the duration of the command if not running).
// Usage: npm run migration:generate -- apps/api/src/database/migrations/AddThing
//        npm run migration:run | migration:revert
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const [command, ...rest] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/typeorm.mjs <migration:generate|migration:run|migration:revert> [args]');
  process.exit(2);
}

const env = { ...process.env, TS_NODE_PROJECT: path.join(root, 'apps/api/tsconfig.app.json'), TS_NODE_TRANSPILE_ONLY: 'true' };
let embedded;
if (!env.DATABASE_URL) {
  require('ts-node').register({ project: env.TS_NODE_PROJECT, transpileOnly: true });
  const { startEmbeddedPostgres } = require(path.join(root, 'apps/api/src/database/embedded/embedded-postgres.ts'));
  embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR ?? path.join(root, '.data') });
  env.DATABASE_URL = embedded.url;
}

const args = [command, '-d', path.join(root, 'apps/api/src/database/data-source.ts'), ...rest];
if (command === 'migration:generate') args.push('--pretty');
const result = spawnSync(path.join(root, 'node_modules/.bin/typeorm-ts-node-commonjs'), args, { stdio: 'inherit', env, cwd: root });
await embedded?.stop();
process.exit(result.status ?? 1);

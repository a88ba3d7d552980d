// Builds the API and/or the web app when their output is missing or older than their sources,
// so `npm start` on a fresh clone (or after a pull) always runs current code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = {
  api: {
    script: 'build:api',
    output: 'dist/api/apps/api/src/main.js',
    sources: ['apps/api/src', 'libs/contracts/src', 'apps/api/tsconfig.app.json', 'tsconfig.json', 'package-lock.json'],
  },
  web: {
    script: 'build:web',
    output: 'dist/web/browser/index.html',
    sources: ['apps/web/src', 'libs/contracts/src', 'angular.json', 'apps/web/tsconfig.app.json', 'tsconfig.json', 'package-lock.json'],
  },
};

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(full, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(spec|int-spec)\.ts$/.test(entry.name)) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

export function isStale(name) {
  const target = TARGETS[name];
  const output = path.join(root, target.output);
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return target.sources.some((source) => newestMtime(source) > built);
}

export function buildIfNeeded(names = ['api', 'web']) {
  for (const name of names) {
    if (!isStale(name)) continue;
    process.stdout.write(`moot: building the ${name === 'api' ? 'API' : 'web app'} (npm run ${TARGETS[name].script})...\n`);
    const result = spawnSync('npm', ['run', '--silent', TARGETS[name].script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) {
      process.stderr.write(`moot: the ${name} build failed; see the messages above.\n`);
      process.exit(result.status ?? 1);
    }
    // tsc leaves unchanged files' mtimes alone: mark the build time explicitly.
    const now = new Date();
    fs.utimesSync(path.join(root, TARGETS[name].output), now, now);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildIfNeeded(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
}

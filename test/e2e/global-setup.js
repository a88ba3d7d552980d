/**
 * Starts the real, built Moot server once for the whole e2e run.
 *
 * - Builds first if `dist/` lacks the API entry or the web app.
 * - Fresh DATA_DIR per run. Database: a throwaway `moot_e2e_<random>` database on the server in
 *   TEST_DATABASE_URL, or, when that is unset, the app's own embedded PostgreSQL inside the
 *   DATA_DIR (the path a fresh machine takes with `npm start`).
 * - Tests read the base URL from `process.env.E2E_BASE_URL`; teardown finds the child process
 *   in `globalThis.__MOOT_E2E__`.
 * - The server's full output goes to `test-results/e2e-server.log`. E2E_HEALTH_TIMEOUT_MS (default
 *   120000) bounds the wait for `/api/health`.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const {
  createDatabase,
  dropDatabase,
  freePort,
  killGroup,
  postmasterPid,
  removeDir,
  signal,
  sleep,
  stopChild,
  stopOrphanPostgres,
} = require('./support/server-process');

const ROOT = path.resolve(__dirname, '../..');
const API_ENTRY = path.join(ROOT, 'dist/api/apps/api/src/main.js');
const WEB_INDEX = path.join(ROOT, 'dist/web/browser/index.html');
const LOG_FILE = path.join(ROOT, 'test-results/e2e-server.log');
const HEALTH_TIMEOUT_MS = Number(process.env.E2E_HEALTH_TIMEOUT_MS ?? 120_000);
const START_ATTEMPTS = 3;
const TAIL_LINES = 60;

module.exports = async function globalSetup() {
  buildIfMissing();
  fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
  const log = fs.createWriteStream(LOG_FILE, { flags: 'w' });
  const state = { child: undefined, dataDir: undefined, database: undefined, log };
  globalThis.__MOOT_E2E__ = state;
  // Jest may exit without teardown (a crash, a failed setup): never leave the server behind.
  process.once('exit', () => {
    killGroup(state.child, 'SIGKILL');
    const pid = postmasterPid(state.dataDir);
    if (pid !== undefined) signal(pid, 'SIGQUIT');
  });

  if (process.env.TEST_DATABASE_URL) {
    state.database = await createDatabase(process.env.TEST_DATABASE_URL);
  }

  let lastError;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    try {
      const baseUrl = await startServer(state);
      process.env.E2E_BASE_URL = baseUrl;
      process.stdout.write(`\n[e2e] Moot is up at ${baseUrl} (server log: ${path.relative(ROOT, LOG_FILE)})\n`);
      return;
    } catch (error) {
      lastError = error;
      await stopChild(state.child);
      state.child = undefined;
      await stopOrphanPostgres(state.dataDir);
      removeDir(state.dataDir);
      state.dataDir = undefined;
      if (!error.portInUse) break;
      process.stdout.write(`[e2e] port was taken, trying another (attempt ${attempt + 1})\n`);
    }
  }
  if (state.database) await dropDatabase(state.database);
  throw lastError;
};

/** Builds what is missing or older than its sources (the same rule as `npm start`), so e2e tests current code. */
function buildIfMissing() {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-if-needed.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`the build failed (exit ${result.status ?? result.signal})`);
  }
  for (const file of [API_ENTRY, WEB_INDEX]) {
    if (!fs.existsSync(file)) throw new Error(`the build did not produce ${path.relative(ROOT, file)}`);
  }
}


async function startServer(state) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-e2e-'));
  // As root, embedded PostgreSQL runs as the `postgres` user, which must reach the data dir.
  fs.chmodSync(state.dataDir, 0o755);

  const env = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: state.dataDir,
    NODE_ENV: 'test',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  if (state.database) env.DATABASE_URL = state.database.url;

  const tail = [];
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: ROOT,
    env,
    // Own process group, so teardown can also stop anything the server started (embedded PostgreSQL).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  state.child = child;
  const record = (chunk) => {
    state.log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  // 'close' rather than 'exit': by then the child's last output lines have been read.
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));

  const polling = new AbortController();
  const outcome = await Promise.race([
    waitForHealth(`${baseUrl}/api/health`, polling.signal),
    exited.then((exit) => ({ exit })),
  ]);
  polling.abort();
  if (outcome.healthy) return baseUrl;

  const why = outcome.exit
    ? `exited early (code ${outcome.exit.code}, signal ${outcome.exit.signal})`
    : `did not answer 200 on /api/health within ${HEALTH_TIMEOUT_MS / 1000} s (last answer: ${outcome.lastAnswer})`;
  const error = new Error(
    `[e2e] The Moot server ${why}. Last ${tail.length} lines of its output:\n  ${tail.join('\n  ')}`,
  );
  error.portInUse = tail.some((line) => /EADDRINUSE|already in use/.test(line));
  throw error;
}

/** Polls until the server answers 200; resolves `{ healthy }` and what it last answered. */
async function waitForHealth(url, cancelled) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastAnswer = 'none';
  while (Date.now() < deadline && !cancelled.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { healthy: true };
      lastAnswer = `HTTP ${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      lastAnswer = error.cause?.code ?? error.message;
    }
    await sleep(500);
  }
  return { healthy: false, lastAnswer };
}

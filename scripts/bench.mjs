#!/usr/bin/env node
// `npm run bench`: starts the built server on its own data (embedded PostgreSQL, or a fresh
// database on TEST_DATABASE_URL), measures start-up, request latency and memory, and writes
// bench/results/<timestamp>.{md,json} plus bench/results/latest.{md,json}.
// Loops are bounded (a fixed request count per scenario) and only ever target 127.0.0.1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIfNeeded, root } from './build-if-needed.mjs';

const require = createRequire(import.meta.url);
const { freePort, createDatabase, dropDatabase, stopChild, stopOrphanPostgres, removeDir } = require('../test/e2e/support/server-process.js');

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
/** How much the demo council is grown before the export run (BENCH_EXPORT_POSTS scales it). */
const EXPORT_POSTS = Number(process.env.BENCH_EXPORT_POSTS ?? 50_000);
const EXPORT_SIZE = { people: Math.ceil(EXPORT_POSTS / 10), groups: 60, posts: EXPORT_POSTS, repliesPerPost: 2 };

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return null;
  }
}

async function waitForHealth(base, child, timeoutMs = 120_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become healthy in time');
}

async function scenario(name, base, pathname, init = {}) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  async function worker() {
    while (next < REQUESTS) {
      next += 1;
      const t0 = performance.now();
      const response = await fetch(`${base}${pathname}`, init);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status >= 500) failures += 1;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    failures,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p95Ms: Number(percentile(latencies, 95).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
  };
}

/** The bench server's database: TEST_DATABASE_URL's fresh one, or the embedded one under DATA_DIR. */
function databaseUrlOf(dataDir, database) {
  if (database) return database.url;
  const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'postgres-credentials.json'), 'utf8'));
  const port = fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3].trim();
  return `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/moot`;
}

/**
 * Grows the demo council to a larger one in plain SQL, so the export has real volume to stream:
 * people, groups, memberships, posts and replies.
 */
async function growCouncil(url, size) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO users (email, display_name) SELECT 'bench-' || i || '@bench.example', 'Bench Person ' || i FROM generate_series(1, $1::int) i`, [size.people]);
    await client.query(`INSERT INTO groups (slug, name, visibility) SELECT 'bench-group-' || i, 'Bench group ' || i, (ARRAY['open','closed','secret'])[1 + i % 3] FROM generate_series(1, $1::int) i`, [size.groups]);
    await client.query(
      `INSERT INTO group_memberships (group_id, user_id, role)
       SELECT g.id, u.id, 'member' FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users WHERE email LIKE 'bench-%') u
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM groups WHERE slug LIKE 'bench-group-%') g ON (u.n + g.n) % 10 = 0`,
    );
    await client.query(
      `WITH m AS (SELECT group_id, user_id, row_number() OVER (ORDER BY group_id, user_id) - 1 AS n FROM group_memberships),
            total AS (SELECT count(*) AS n FROM m)
       INSERT INTO posts (group_id, author_id, body, body_html)
       SELECT m.group_id, m.user_id, 'Bench post ' || i || ' about the local plan', '<p>Bench post ' || i || ' about the local plan</p>'
       FROM generate_series(1, $1::int) i CROSS JOIN total JOIN m ON m.n = (i::bigint * 7919) % total.n`,
      [size.posts],
    );
    await client.query(
      `INSERT INTO replies (post_id, author_id, body, body_html)
       SELECT p.id, p.author_id, 'A reply to ' || p.id, '<p>A reply</p>' FROM posts p, generate_series(1, $1::int)`,
      [size.repliesPerPost],
    );
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM users)::int AS people, (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM replies)::int AS replies`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** Runs `council:export` through the CLI (as an admin would), sampling its memory as it goes. */
async function exportCouncil(env, outFile) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'council:export', '--out', outFile], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(child.pid) ?? 0);
  }, 100);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`council:export exited with code ${code}`);
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), peakRssMb: Math.round(peakRss), archiveMb: Number((fs.statSync(outFile).size / 2 ** 20).toFixed(1)) };
}

async function main() {
  buildIfNeeded(['api', 'web']);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const database = process.env.TEST_DATABASE_URL ? await createDatabase(process.env.TEST_DATABASE_URL) : undefined;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), PUBLIC_URL: base, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'error', SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  if (database) env.DATABASE_URL = database.url;
  const child = spawn(process.execPath, [path.join(root, 'dist/api/apps/api/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  try {
    const coldStartMs = await waitForHealth(base, child);
    const rssAfterStart = rssMb(child.pid);
    const results = [];
    results.push(await scenario('GET /api/health (database ping)', base, '/api/health'));
    results.push(await scenario('GET /api/site', base, '/api/site'));
    results.push(await scenario('GET /api/auth/me (signed out, 401)', base, '/api/auth/me'));
    results.push(await scenario('GET /api/auth/providers', base, '/api/auth/providers'));
    results.push(await scenario('GET / (web app shell)', base, '/'));
    const rssAfterLoad = rssMb(child.pid);

    // Export-first: a whole-council export must stream, whatever the council's size.
    const council = await growCouncil(databaseUrlOf(dataDir, database), EXPORT_SIZE);
    const councilExport = { ...council, ...(await exportCouncil(env, path.join(dataDir, 'bench-export.tar.gz'))) };

    const report = {
      at: new Date().toISOString(),
      // Load average when the run started: other work on the machine skews latency.
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage1m: Number(os.loadavg()[0].toFixed(2)) },
      database: database ? 'TEST_DATABASE_URL' : 'embedded',
      requestsPerScenario: REQUESTS,
      concurrency: CONCURRENCY,
      coldStartMs: Math.round(coldStartMs),
      serverRssMb: { afterStart: rssAfterStart && Math.round(rssAfterStart), afterLoad: rssAfterLoad && Math.round(rssAfterLoad) },
      scenarios: results,
      councilExport,
    };
    const table = [
      `# Moot benchmark, ${report.at}`,
      '',
      `${report.machine.cpus} CPUs, ${report.machine.memoryGb} GiB, Node ${report.machine.node}, load average ${report.machine.loadAverage1m}; database: ${report.database}; ${REQUESTS} requests per scenario, ${CONCURRENCY} at a time.`,
      '',
      `Cold start to healthy: **${report.coldStartMs} ms** (fresh data folder: initdb, migrations, demo data). Server memory (RSS): ${report.serverRssMb.afterStart} MB after start, ${report.serverRssMb.afterLoad} MB after the runs.`,
      '',
      '| scenario | requests | 5xx | req/s | p50 ms | p95 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map((r) => `| ${r.name} | ${r.requests} | ${r.failures} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p95Ms} | ${r.p99Ms} |`),
      '',
      `Whole-council export (\`npm run cli -- council:export\`) of ${councilExport.people} people, ${councilExport.posts} posts and ${councilExport.replies} replies: **${councilExport.seconds} s**, peak memory (RSS) **${councilExport.peakRssMb} MB**, archive ${councilExport.archiveMb} MB.`,
      '',
    ].join('\n');
    const dir = path.join(root, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = report.at.replace(/[:.]/g, '-');
    for (const name of [stamp, 'latest']) {
      fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, `${name}.md`), table);
    }
    process.stdout.write(`${table}\nwritten to bench/results/${stamp}.{md,json} and latest.{md,json}\n`);
  } finally {
    await stopChild(child);
    await stopOrphanPostgres(dataDir);
    if (database) await dropDatabase(database);
    removeDir(dataDir);
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exit(1);
});

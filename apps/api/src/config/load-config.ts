import { AppConfig, ConfigError, LogLevel, NodeEnv } from './app-config';

type Env = Record<string, string | undefined>;

const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function describe(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function parsePort(env: Env, name: string, fallback: number | null): number | null {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `must be a whole number from 1 to 65535 (got ${describe(raw)}).`);
  }
  return Number(raw);
}

function parseWholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got ${describe(raw)}).`);
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got ${describe(raw)}).`);
}

function parseUrl(env: Env, name: string, protocols: readonly string[]): string | null {
  const raw = read(env, name);
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols[0]}//...).`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${url.protocol}//).`);
  }
  if (!url.hostname && protocols[0] !== 'file:') {
    throw new ConfigError(name, 'must name a host.');
  }
  return raw;
}

function parseEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got ${describe(raw)}).`);
  }
  return raw as T;
}

function parseTrustProxy(env: Env): boolean | number | string {
  const raw = read(env, 'TRUST_PROXY');
  if (raw === undefined) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (['true', 'false'].includes(raw.toLowerCase())) return raw.toLowerCase() === 'true';
  if (!/^[\w.:/, -]+$/.test(raw)) {
    throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count or a list of addresses (got ${describe(raw)}).`);
  }
  return raw;
}

/**
 * Reads and validates Moot's configuration. Throws a {@link ConfigError} naming the first
 * variable that is wrong, so start-up can stop with one line and no stack trace.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = parseEnum(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = parsePort(env, 'PORT', 3000) ?? 3000;
  const publicUrl = (parseUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const siteName = read(env, 'SITE_NAME') ?? 'Moot';
  if (siteName.length > 80) throw new ConfigError('SITE_NAME', 'must be at most 80 characters.');

  return new AppConfig({
    nodeEnv,
    port,
    publicUrl,
    databaseUrl: parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: read(env, 'DATA_DIR') ?? '.data',
    seedDemo: parseBoolean(env, 'SEED_DEMO', true),
    logLevel: parseEnum(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    trustProxy: parseTrustProxy(env),
    redisUrl: parseUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    embeddedPostgresPort: parsePort(env, 'EMBEDDED_PG_PORT', null),
    siteName,
    sessionIdleMinutes: parseWholeNumber(env, 'SESSION_IDLE_MINUTES', 480, 5, 7 * 24 * 60),
    sessionMaxHours: parseWholeNumber(env, 'SESSION_MAX_HOURS', 168, 1, 90 * 24),
  });
}

import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Moot's whole configuration, read once from the environment at start and validated.
 * Used as an injection token: `constructor(private readonly config: AppConfig)`.
 */
export class AppConfig {
  readonly nodeEnv!: NodeEnv;
  readonly port!: number;
  readonly publicUrl!: string;
  /** `null` means: start (or attach to) the embedded PostgreSQL under `dataDir`. */
  readonly databaseUrl!: string | null;
  readonly dataDir!: string;
  readonly seedDemo!: boolean;
  readonly logLevel!: LogLevel;
  /** Express `trust proxy` setting: false, true, a hop count or a list of addresses. */
  readonly trustProxy!: boolean | number | string;
  readonly redisUrl!: string | null;
  readonly smtpUrl!: string | null;
  /** Fixed port for the embedded PostgreSQL; `null` picks a free one. */
  readonly embeddedPostgresPort!: number | null;
  readonly siteName!: string;
  /** A session ends after this long without activity. */
  readonly sessionIdleMinutes!: number;
  /** A session ends this long after sign-in, whatever the activity. */
  readonly sessionMaxHours!: number;

  /** Cookies get the `__Host-` prefix and `Secure` when the public URL is https. */
  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  constructor(values: AppConfigValues) {
    Object.assign(this, values);
  }

  /** The same configuration pointing at a resolved database (e.g. the embedded one). */
  withDatabaseUrl(databaseUrl: string): AppConfig {
    return new AppConfig({ ...this, databaseUrl });
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  resolveDataPath(...segments: string[]): string {
    return path.resolve(this.dataDir, ...segments);
  }
}

export type AppConfigValues = Omit<AppConfig, 'isProduction' | 'resolveDataPath' | 'withDatabaseUrl' | 'secureCookies'>;

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

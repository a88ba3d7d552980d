import os from 'node:os';
import { NestFactory } from '@nestjs/core';
import type { AuditActor } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../database/embedded/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { CliContext } from './cli-command';
import { CliModule } from './cli.module';

export interface CliSession {
  context: CliContext;
  close(): Promise<void>;
}

/** `cli:<os user>@<host>`, the audit actor for everything done from the command line. */
export function cliActor(): AuditActor {
  let user: string;
  try {
    user = os.userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return { userId: null, label: `cli:${user}@${os.hostname()}` };
}

/**
 * Resolves the database exactly as `npm start` does: DATABASE_URL, or the embedded PostgreSQL
 * of DATA_DIR (attaching to the running app's server, or starting one for this command only),
 * migrates it, and builds the Nest context.
 */
export async function openCliSession(config: AppConfig): Promise<CliSession> {
  let embedded: EmbeddedPostgres | undefined;
  const onSignal = (): void => void embedded?.stop().finally(() => process.exit(130));
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
    // A server this command started runs in its own process group: stop it on Ctrl-C too.
    if (embedded.owned) ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, onSignal));
    config = config.withDatabaseUrl(embedded.url);
  }
  const release = async (): Promise<void> => {
    ['SIGINT', 'SIGTERM'].forEach((signal) => process.off(signal, onSignal));
    await embedded?.stop();
  };
  try {
    await runMigrations(config.databaseUrl as string);
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error'], abortOnError: false });
    return {
      context: { app, config, actor: cliActor() },
      close: async () => {
        await app.close().catch(() => undefined);
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

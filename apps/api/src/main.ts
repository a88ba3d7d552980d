import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { AppConfig, ConfigError } from './config/app-config';
import { loadConfig } from './config/load-config';
import { EmbeddedPostgres, EmbeddedPostgresError, startEmbeddedPostgres } from './database/embedded/embedded-postgres';
import { runMigrations } from './database/migrate';
import { describeStartupError } from './startup-errors';
import { createHttpApp } from './http-app';
import { DemoSeedService } from './seed/demo-seed.service';
import { DevIdpRegistrationService } from './dev-idp/dev-idp-registration.service';
import { IdentityProviderRepository } from './identity-providers/identity-provider.repository';

function fail(message: string): never {
  process.stderr.write(`moot: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    throw error;
  }

  let embedded: EmbeddedPostgres | undefined;
  let app: INestApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`moot: ${signal} received, shutting down\n`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (!config.databaseUrl) {
      process.stdout.write(`moot: starting the embedded PostgreSQL in ${config.resolveDataPath('postgres')}\n`);
      embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        log: (line) => config.logLevel === 'debug' && process.stdout.write(`postgres: ${line}\n`),
      });
      config = config.withDatabaseUrl(embedded.url);
    }
    const applied = await runMigrations(config.databaseUrl as string);
    if (applied.length > 0) process.stdout.write(`moot: applied migrations ${applied.join(', ')}\n`);

    app = await createHttpApp(config);
    if (config.seedDemo) await app.get(DemoSeedService).seedIfEmpty();
    if (config.isProduction) {
      const disabled = await app.get(IdentityProviderRepository).disableDevelopmentProviders();
      if (disabled > 0) process.stdout.write('moot: disabled the development identity provider (not allowed in production)\n');
    } else {
      await app.get(DevIdpRegistrationService).ensureRegistered();
    }
    await app.listen(config.port);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop();
    if (error instanceof EmbeddedPostgresError) fail(`embedded PostgreSQL: ${error.message}`);
    fail(describeStartupError(error, config));
  }

  process.stdout.write(
    [
      '',
      `  Moot is running at ${config.publicUrl}`,
      `  API: ${config.publicUrl}/api   API docs: ${config.publicUrl}/api/docs`,
      config.isProduction
        ? '  Sign in through your organisation\'s identity provider.'
        : `  Sign in: open ${config.publicUrl}/sign-in and choose a demo person from the development identity provider.`,
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n') + '\n',
  );
}

void main();

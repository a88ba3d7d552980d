import { ApiException } from '../common/api-exception';
import { AppConfig, ConfigError } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { EmbeddedPostgresError } from '../database/embedded/embedded-postgres';
import { describeStartupError } from '../startup-errors';
import { CliCommand, CliError, CliIo, CliUsageError } from './cli-command';
import { openCliSession, CliSession } from './cli-session';
import { grantAdminCommand } from './commands/grant-admin.command';
import { idpAddCommand } from './commands/idp-add.command';
import { idpListCommand } from './commands/idp-list.command';
import { loginLinkCommand } from './commands/login-link.command';
import { councilExportCommand } from './commands/council-export.command';
import { councilImportCommand } from './commands/council-import.command';
import { usageText } from './usage';

export const COMMANDS: CliCommand[] = [idpAddCommand, idpListCommand, grantAdminCommand, loginLinkCommand, councilExportCommand, councilImportCommand] as CliCommand[];

export enum CliExitCode {
  Ok = 0,
  Failure = 1,
  Usage = 2,
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', '28P01', '28000', '3D000']);

/** One line an admin can act on; never a stack trace. */
export function describeCliError(error: unknown, config: AppConfig | undefined): string {
  let message: string;
  if (error instanceof CliError || error instanceof ApiException) message = error.message;
  else if (error instanceof ConfigError) message = `invalid configuration: ${error.message}`;
  else if (error instanceof EmbeddedPostgresError) message = `embedded PostgreSQL: ${error.message}`;
  else if (config && CONNECTION_CODES.has(String((error as { code?: unknown })?.code))) message = describeStartupError(error, config);
  else message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * `npm run cli -- <command>`: exit code 0 when done, 1 when refused or failed (one line on
 * stderr), 2 for a usage error. `options.config` replaces the environment (tests).
 */
export async function runCli(argv: string[], io: CliIo, options: { config?: AppConfig } = {}): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out.write(usageText(COMMANDS));
    return CliExitCode.Ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err.write(name ? `moot: unknown command "${name}".\n\n${usageText(COMMANDS)}` : usageText(COMMANDS));
    return CliExitCode.Usage;
  }
  let parsed: unknown;
  try {
    parsed = command.parse(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err.write(`moot: ${command.name}: ${error.message}\nusage: npm run cli -- ${command.name} ${command.usage}`.trimEnd() + '\n');
    return CliExitCode.Usage;
  }

  let config: AppConfig | undefined;
  let session: CliSession | undefined;
  try {
    config = options.config ?? loadConfig();
    session = await openCliSession(config);
    await command.run(session.context, parsed, io);
    return CliExitCode.Ok;
  } catch (error) {
    io.err.write(`moot: ${describeCliError(error, config)}\n`);
    return CliExitCode.Failure;
  } finally {
    await session?.close();
  }
}

import type { INestApplicationContext } from '@nestjs/common';
import type { AuditActor } from '../audit/audit.service';
import type { AppConfig } from '../config/app-config';

/** Where a command writes: process.stdout/stderr, or collectors in tests. */
export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

/** What a command runs with: the same Nest services as the REST API, on the resolved database. */
export interface CliContext {
  app: INestApplicationContext;
  config: AppConfig;
  /** The audit actor, `cli:<os user>@<host>`. */
  actor: AuditActor;
}

/** One `npm run cli -- <name>` command: parsing (no database) is separate from running. */
export interface CliCommand<Options = unknown> {
  name: string;
  /** Arguments after the name, e.g. `--slug S --metadata FILE`. */
  usage: string;
  summary: string;
  /** Throws {@link CliUsageError} when the arguments are wrong. */
  parse(args: string[]): Options;
  run(context: CliContext, options: Options, io: CliIo): Promise<void>;
}

/** Wrong arguments: exit code 2, with the command's usage. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** A refused or failed command: exit code 1, one line on stderr. */
export class CliError extends Error {
  override name = 'CliError';
}

import { parseArgs, ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs, strict, with its errors turned into one-line usage errors. */
export function parseOptions<T extends Options>(args: string[], options: T, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    throw new CliUsageError((error as Error).message.split('. ')[0].replace(/\.$/, '') + '.');
  }
  if (parsed.positionals.length !== positionals) {
    throw new CliUsageError(
      parsed.positionals.length < positionals ? 'a required argument is missing.' : `unexpected argument "${parsed.positionals[positionals]}".`,
    );
  }
  return parsed;
}

/** An email address given on the command line, lower-cased. */
export function emailArgument(value: string): string {
  const email = value.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new CliUsageError(`"${value}" is not an email address.`);
  return email;
}

import 'reflect-metadata';
import { runCli } from './cli/run-cli';

/** Entry point of `npm run cli -- <command>` (scripts/cli.mjs builds the API, then imports this). */
void runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr }).then(
  (code) => {
    process.exitCode = code;
    // Do not hang on a stray handle once the work is done and the output flushed.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (error: unknown) => {
    process.stderr.write(`moot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

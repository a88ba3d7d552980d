import { CliCommand } from './cli-command';

export function usageText(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}\n  ${' '.repeat(width)}usage: ${command.name} ${command.usage}`.trimEnd());
  return [
    'Moot admin CLI. It uses the same configuration as `npm start` (DATABASE_URL, or the embedded',
    'database of DATA_DIR) and works while the app is running.',
    '',
    'usage: npm run cli -- <command> [arguments]',
    '',
    'commands:',
    ...lines,
    `  ${'help'.padEnd(width)}Show this help.`,
    '',
  ].join('\n');
}

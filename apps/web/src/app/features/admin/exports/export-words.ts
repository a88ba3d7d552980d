import { CouncilExportView } from '@moot/contracts';

/** "12.3 MB": sizes in decimal units, as file managers show them. */
export function describeSize(bytes: number | null): string {
  if (bytes === null) return '–';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes.toLocaleString('en-GB')} bytes` : `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

const PHASES: Record<string, string> = {
  counting: 'Counting records',
  files: 'Adding files',
};

/** The phase in words: "Exporting posts", "Adding files". */
export function describePhase(phase: string | null): string {
  if (!phase) return 'Waiting to start';
  return PHASES[phase] ?? `Exporting ${phase.replace(/-/g, ' ')}`;
}

export function percentOf(item: CouncilExportView): number {
  if (!item.total) return 0;
  return Math.min(100, Math.floor((item.processed / item.total) * 100));
}

/** The progress sentence shown beside the bar (and the bar's accessible value). */
export function describeProgress(item: CouncilExportView): string {
  if (item.status === 'queued') return item.attempts > 0 ? 'Restarting after an interruption…' : 'Waiting to start…';
  if (!item.total) return `${describePhase(item.phase)}…`;
  return `${describePhase(item.phase)}: ${item.processed.toLocaleString('en-GB')} of ${item.total.toLocaleString('en-GB')} records and files (${percentOf(item)}%)`;
}

export const STATUS_WORDS: Record<CouncilExportView['status'], string> = {
  queued: 'Waiting',
  running: 'Running',
  completed: 'Ready',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const isActive = (item: CouncilExportView): boolean => item.status === 'queued' || item.status === 'running';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Whether `now` falls in the quiet hours ("HH:MM" Europe/London, start inclusive; may span midnight). */
export function inQuietHours(quiet: { start: string; end: string } | null, now: Date): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  const local = LONDON_TIME.format(now);
  return quiet.start < quiet.end ? local >= quiet.start && local < quiet.end : local >= quiet.start || local < quiet.end;
}

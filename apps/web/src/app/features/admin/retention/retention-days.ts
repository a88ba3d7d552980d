import { AbstractControl, ValidationErrors, Validators } from '@angular/forms';

export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 36500;

export const retentionDaysValidators = [
  Validators.required,
  (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as number | string | null;
    if (value === null || value === '') return null;
    const days = Number(value);
    return Number.isInteger(days) && days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS ? null : { days: true };
  },
];

/** The message for a days field, or null when it is fine. */
export function retentionDaysError(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return 'Enter how many days to keep posts for';
  if (errors['days']) return `Enter a whole number of days from ${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS.toLocaleString('en-GB')}`;
  return null;
}

/** "90 days", "1 day"; with years when it reads better ("730 days (about 2 years)"). */
export function describeDays(days: number): string {
  const base = `${days.toLocaleString('en-GB')} ${days === 1 ? 'day' : 'days'}`;
  const years = days / 365;
  return days >= 365 && Number.isInteger(Math.round(years * 10) / 10) ? `${base} (about ${Math.round(years)} ${Math.round(years) === 1 ? 'year' : 'years'})` : base;
}

import { FormControl, FormGroup } from '@angular/forms';
import { Delivery, NOTIFICATION_TYPES, NotificationPreferences, NotificationType, UpdateNotificationPreferences } from '@moot/contracts';
import { FieldTarget } from '@moot/web/shared/forms/form-problems';

/** '' in a group's choice means "Use my usual settings" (null on the wire). */
export type GroupChoice = Delivery | '';

export type PreferencesForm = FormGroup<{
  types: FormGroup<Record<string, FormControl<Delivery>>>;
  groups: FormGroup<Record<string, FormControl<GroupChoice>>>;
  quietStart: FormControl<string>;
  quietEnd: FormControl<string>;
}>;

export function preferencesForm(preferences: NotificationPreferences): PreferencesForm {
  const types: Record<string, FormControl<Delivery>> = {};
  for (const type of NOTIFICATION_TYPES) {
    const delivery = preferences.types.find((choice) => choice.type === type)?.delivery ?? 'in_app';
    types[type] = new FormControl<Delivery>(delivery, { nonNullable: true });
  }
  const groups: Record<string, FormControl<GroupChoice>> = {};
  for (const group of preferences.groups) {
    groups[group.groupId] = new FormControl<GroupChoice>(group.delivery ?? '', { nonNullable: true });
  }
  return new FormGroup({
    types: new FormGroup(types),
    groups: new FormGroup(groups),
    quietStart: new FormControl(preferences.quietHours?.start ?? '', { nonNullable: true }),
    quietEnd: new FormControl(preferences.quietHours?.end ?? '', { nonNullable: true }),
  });
}

/** The whole of the form as `PUT /api/notifications/preferences` takes it. */
export function toUpdate(form: PreferencesForm): UpdateNotificationPreferences {
  const value = form.getRawValue();
  const start = value.quietStart.trim();
  const end = value.quietEnd.trim();
  return {
    types: NOTIFICATION_TYPES.map((type) => ({ type, delivery: value.types[type] })),
    groups: Object.entries(value.groups).map(([groupId, delivery]) => ({ groupId, delivery: delivery || null })),
    quietHours: start && end ? { start, end } : null,
  };
}

/** Quiet hours need both times, or neither. */
export function quietHoursProblem(form: PreferencesForm): { controlId: string; message: string } | null {
  const { quietStart, quietEnd } = form.getRawValue();
  if (quietStart && !quietEnd) return { controlId: 'quiet-end', message: 'Enter when quiet hours end, or clear the start time' };
  if (!quietStart && quietEnd) return { controlId: 'quiet-start', message: 'Enter when quiet hours start, or clear the end time' };
  return null;
}

export const typeControlId = (type: NotificationType | string) => `delivery-${type}`;
export const groupControlId = (groupId: string) => `group-delivery-${groupId}`;

/** Where the API's field paths (`types.2.delivery`, `quietHours.start`) point on screen. */
export function preferenceFieldTargets(form: PreferencesForm, preferences: NotificationPreferences, typeNames: Record<string, string>): Record<string, FieldTarget> {
  const targets: Record<string, FieldTarget> = {
    quietHours: { label: 'Quiet hours', controlId: 'quiet-start', control: form.controls.quietStart },
    'quietHours.start': { label: 'Start of quiet hours', controlId: 'quiet-start', control: form.controls.quietStart },
    'quietHours.end': { label: 'End of quiet hours', controlId: 'quiet-end', control: form.controls.quietEnd },
  };
  NOTIFICATION_TYPES.forEach((type, index) => {
    const target = { label: typeNames[type], controlId: typeControlId(type), control: form.controls.types.controls[type] };
    targets[`types.${index}.delivery`] = target;
    targets[`types.${index}`] = target;
  });
  preferences.groups.forEach((group, index) => {
    const target = { label: group.groupName, controlId: groupControlId(group.groupId), control: form.controls.groups.controls[group.groupId] };
    targets[`groups.${index}.delivery`] = target;
    targets[`groups.${index}.groupId`] = target;
    targets[`groups.${index}`] = target;
  });
  return targets;
}

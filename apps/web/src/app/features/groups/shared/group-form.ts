import { FormControl, FormGroup, Validators } from '@angular/forms';
import { CreateGroupRequest, GroupDetail, GroupType, PostingPermission, UpdateGroupRequest } from '@moot/contracts';
import { FieldTarget } from '@moot/web/shared/forms/form-problems';

export const NAME_MAX = 120;
export const SLUG_MAX = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type GroupForm = ReturnType<typeof groupForm>;

/** The fields of a group, shared by "Create a group" and the Settings tab. */
export function groupForm() {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(NAME_MAX)] }),
    slug: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SLUG_MAX), Validators.pattern(SLUG_PATTERN)],
    }),
    type: new FormControl<GroupType>('open', { nonNullable: true, validators: Validators.required }),
    description: new FormControl('', { nonNullable: true }),
    purpose: new FormControl('', { nonNullable: true }),
    houseRules: new FormControl('', { nonNullable: true }),
    departmentIds: new FormControl<string[]>([], { nonNullable: true }),
    settings: new FormGroup({
      postingPermission: new FormControl<PostingPermission>('members', { nonNullable: true }),
      allowAnonymousPosts: new FormControl(false, { nonNullable: true }),
      membersCanInvite: new FormControl(true, { nonNullable: true }),
    }),
  });
}

/** Field ids on screen: the error summary links to them. */
export const FIELD_IDS = {
  name: 'group-name',
  slug: 'group-slug',
  type: 'group-type-open',
  description: 'group-description',
  purpose: 'group-purpose',
  houseRules: 'group-house-rules',
  departmentIds: 'group-departments',
  settings: 'group-posting-members',
} as const;

const LABELS: Record<keyof typeof FIELD_IDS, string> = {
  name: 'Name',
  slug: 'Web address',
  type: 'Type',
  description: 'Description',
  purpose: 'Purpose',
  houseRules: 'House rules',
  departmentIds: 'Departments',
  settings: 'Settings',
};

export function fieldTargets(form: GroupForm): Record<string, FieldTarget> {
  const targets: Record<string, FieldTarget> = {};
  for (const field of Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]) {
    targets[field] = { label: LABELS[field], controlId: FIELD_IDS[field], control: form.controls[field] };
  }
  return targets;
}

/** The message for a field's client-side errors, or the API's message when it set one. */
export function controlMessage(field: 'name' | 'slug', errors: Record<string, unknown> | null): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return field === 'name' ? 'Enter a name for the group' : 'Enter a web address for the group';
  if (errors['maxlength']) {
    return `${LABELS[field]} must be ${field === 'name' ? NAME_MAX : SLUG_MAX} characters or fewer`;
  }
  if (errors['pattern']) return 'Web address must use only lower-case letters, digits and hyphens, like "planning-forum"';
  return `${LABELS[field]} is not valid`;
}

export function createRequest(form: GroupForm): CreateGroupRequest {
  const value = form.getRawValue();
  return { ...value, name: value.name.trim(), slug: value.slug.trim() };
}

export function updateRequest(form: GroupForm): UpdateGroupRequest {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    type: value.type,
    description: value.description,
    purpose: value.purpose,
    houseRules: value.houseRules,
    departmentIds: value.departmentIds,
    settings: value.settings,
  };
}

export function fillForm(form: GroupForm, group: GroupDetail): void {
  form.reset({
    name: group.name,
    slug: group.slug,
    type: group.type,
    description: group.description,
    purpose: group.purpose,
    houseRules: group.houseRules,
    departmentIds: group.departments.map((department) => department.id),
    settings: { ...group.settings },
  });
}

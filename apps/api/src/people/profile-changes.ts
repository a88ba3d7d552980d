import type { UserEntity } from '../users/user.entity';
import type { UpdateProfileDto } from './dto/update-profile.dto';

/** Fields the identity provider owns: only site admins may correct them. */
export const IDENTITY_FIELDS = ['jobTitle', 'departmentId', 'managerId'] as const;

export function identityFieldsIn(request: UpdateProfileDto): string[] {
  return IDENTITY_FIELDS.filter((field) => request[field] !== undefined);
}

/**
 * The entity changes a request asks for (absent fields untouched; the DTO's field names are the
 * entity's); the bio comes with its rendered HTML.
 */
export function profileChanges(request: UpdateProfileDto, renderBio: (markdown: string) => string): Partial<UserEntity> {
  const changes: Partial<UserEntity> = {};
  const fields = Object.keys(request) as (keyof UpdateProfileDto)[];
  for (const field of fields) {
    const value = request[field];
    if (value === undefined) continue;
    if (field === 'contactPreference') {
      const preference = request.contactPreference!;
      changes.contactPreference = { method: preference.method, note: preference.note ?? null };
    } else {
      Object.assign(changes, { [field]: value });
    }
  }
  if (request.bio !== undefined) changes.bioHtml = renderBio(request.bio);
  return changes;
}

/** The names of the fields whose value actually changes (for the audit log; values are not logged). */
export function changedFieldNames(person: UserEntity, changes: Partial<UserEntity>): string[] {
  return (Object.keys(changes) as (keyof UserEntity)[])
    .filter((field) => field !== 'bioHtml')
    .filter((field) => JSON.stringify(person[field] ?? null) !== JSON.stringify(changes[field] ?? null))
    .sort();
}

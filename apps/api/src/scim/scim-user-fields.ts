import { isEmail } from 'class-validator';
import type { UserEntity } from '../users/user.entity';
import { SCHEMA_ENTERPRISE_USER } from './scim.constants';
import { ScimException } from './scim.exception';
import { ScimAttributeOperation, ScimPath } from './scim-patch';

/** The SCIM User attributes Moot stores; everything else a client sends is accepted and ignored. */
export interface ScimUserFields {
  /** userName, which is the person's email address in Moot. */
  email: string;
  /** Null: derived from the name (the column is required). */
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  jobTitle: string | null;
  department: string | null;
  externalId: string | null;
  active: boolean;
}

const ENTERPRISE = SCHEMA_ENTERPRISE_USER.toLowerCase();

export function fieldsOfUser(user: UserEntity): ScimUserFields {
  return {
    email: user.email,
    displayName: user.displayName,
    givenName: user.givenName,
    familyName: user.familyName,
    jobTitle: user.jobTitle,
    department: user.department?.name ?? null,
    externalId: user.externalId,
    active: user.status === 'active',
  };
}

function text(name: string, value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw ScimException.invalidValue(`${name} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length > max) throw ScimException.invalidValue(`${name} must be at most ${max} characters.`);
  return trimmed || null;
}

function userName(value: unknown): string {
  const email = text('userName', value, 320)?.toLowerCase();
  if (!email) throw ScimException.invalidValue('userName is required.');
  if (!isEmail(email)) throw ScimException.invalidValue('userName must be an email address, like name@council.gov.uk.');
  return email;
}

/** Entra ID sends booleans as the strings "True" and "False". */
function bool(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw ScimException.invalidValue(`${name} must be true or false.`);
}

function keyOf(path: ScimPath): string | null {
  if (path.extension === ENTERPRISE) return path.subAttribute ? null : `enterprise:${path.attribute}`;
  if (path.extension) return null;
  if (path.filter) return null;
  return path.subAttribute ? `${path.attribute}.${path.subAttribute}` : path.attribute;
}

/** Applies one attribute operation; `remove` clears, add and replace set (single-valued attributes). */
export function applyUserOperation(fields: ScimUserFields, { op, path, value }: ScimAttributeOperation): void {
  const next = op === 'remove' ? null : value;
  switch (keyOf(path)) {
    case 'username':
      fields.email = userName(next);
      return;
    case 'displayname':
      fields.displayName = text('displayName', next, 120);
      return;
    case 'name':
      if (next !== null) throw ScimException.invalidValue('name must be an object.');
      fields.givenName = null;
      fields.familyName = null;
      return;
    case 'name.givenname':
      fields.givenName = text('name.givenName', next, 80);
      return;
    case 'name.familyname':
      fields.familyName = text('name.familyName', next, 80);
      return;
    case 'title':
      fields.jobTitle = text('title', next, 120);
      return;
    case 'externalid':
      fields.externalId = text('externalId', next, 256);
      return;
    case 'enterprise:department':
      fields.department = text(`${SCHEMA_ENTERPRISE_USER}:department`, next, 120);
      return;
    case 'active':
      if (op === 'remove') throw ScimException.mutability('active cannot be removed; set it to false to deactivate.');
      fields.active = bool('active', next);
      return;
    default:
      // id, meta, emails (userName is the email), phone numbers, manager…: not stored by Moot.
      return;
  }
}

/** The fields a full User resource (POST or PUT) sets; attributes it leaves out are cleared, except as noted. */
export function fieldsOfResource(operations: ScimAttributeOperation[], current: ScimUserFields | null): ScimUserFields {
  const fields: ScimUserFields = {
    email: current?.email ?? '',
    displayName: null,
    givenName: null,
    familyName: null,
    jobTitle: null,
    department: null,
    // The client's own id and the account state are kept unless the resource says otherwise.
    externalId: current?.externalId ?? null,
    active: current?.active ?? true,
  };
  let namedUser = false;
  for (const operation of operations) {
    if (keyOf(operation.path) === 'username') namedUser = true;
    applyUserOperation(fields, operation);
  }
  if (!namedUser) throw ScimException.invalidValue('userName is required.');
  return fields;
}

export function displayNameOf(fields: ScimUserFields): string {
  const fromName = [fields.givenName, fields.familyName].filter(Boolean).join(' ');
  return (fields.displayName ?? (fromName || fields.email.split('@')[0])).slice(0, 120);
}

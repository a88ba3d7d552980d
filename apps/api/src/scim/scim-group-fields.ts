import { isUUID } from 'class-validator';
import { ScimException } from './scim.exception';
import { isPlainObject, ScimAttributeOperation } from './scim-patch';

/** A group as SCIM sees it: name, the client's id, and member user ids. */
export interface ScimGroupState {
  displayName: string;
  externalId: string | null;
  memberIds: Set<string>;
}

const MAX_NAME = 256;

function displayName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : null;
  if (!name) throw ScimException.invalidValue('displayName is required and must be a string.');
  if (name.length > MAX_NAME) throw ScimException.invalidValue(`displayName must be at most ${MAX_NAME} characters.`);
  return name;
}

function externalId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > MAX_NAME) throw ScimException.invalidValue(`externalId must be a string of at most ${MAX_NAME} characters.`);
  return value;
}

/** `[{ "value": "<user id>" }, …]` (a single object is taken as a list of one). */
export function memberIdsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((member, index) => {
    const id = isPlainObject(member) ? member.value : undefined;
    if (typeof id !== 'string' || !isUUID(id)) throw ScimException.invalidValue(`members[${index}].value must be the id of a Moot user.`);
    return id.toLowerCase();
  });
}

function applyToMembers(state: ScimGroupState, { op, path, value }: ScimAttributeOperation): void {
  if (path.subAttribute) throw ScimException.invalidPath('Member sub-attributes cannot be changed; add or remove members instead.');
  if (path.filter) {
    // Entra ID: {"op":"Remove","path":"members[value eq \"<id>\"]"}
    if (op !== 'remove' || path.filter.attribute !== 'value') throw ScimException.invalidPath('Only remove accepts members[value eq "<id>"].');
    state.memberIds.delete(path.filter.value.toLowerCase());
    return;
  }
  if (op === 'remove') {
    if (value === undefined || value === null) state.memberIds.clear();
    else for (const id of memberIdsOf(value)) state.memberIds.delete(id);
    return;
  }
  if (op === 'replace') state.memberIds.clear();
  if (value === null || value === undefined) return;
  for (const id of memberIdsOf(value)) state.memberIds.add(id);
}

/** Applies one operation; attributes Moot does not keep for groups are ignored. */
export function applyGroupOperation(state: ScimGroupState, operation: ScimAttributeOperation): void {
  const { op, path, value } = operation;
  if (path.extension) return;
  if (path.attribute === 'members') return applyToMembers(state, operation);
  if (path.filter || path.subAttribute) return;
  if (path.attribute === 'displayname') {
    if (op === 'remove') throw ScimException.mutability('displayName is required and cannot be removed.');
    state.displayName = displayName(value);
  } else if (path.attribute === 'externalid') {
    state.externalId = op === 'remove' ? null : externalId(value);
  }
}

/** The state a full Group resource (POST or PUT) describes; externalId is kept unless given. */
export function stateOfResource(operations: ScimAttributeOperation[], current: ScimGroupState | null): ScimGroupState {
  const state: ScimGroupState = { displayName: '', externalId: current?.externalId ?? null, memberIds: new Set() };
  for (const operation of operations) applyGroupOperation(state, operation);
  if (!state.displayName) throw ScimException.invalidValue('displayName is required.');
  return state;
}

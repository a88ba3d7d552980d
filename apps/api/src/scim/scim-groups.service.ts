import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { SCHEMA_GROUP } from './scim.constants';
import { ScimException } from './scim.exception';
import { parseScimFilter } from './scim-filter';
import { applyGroupOperation, ScimGroupState, stateOfResource } from './scim-group-fields';
import { ScimGroupResource, toScimGroup } from './scim-group.mapper';
import { ScimGroupChanges, ScimGroupLookup, ScimGroupRepository } from './scim-group.repository';
import { ScimGroupEntity } from './scim-group.entity';
import { scimGroupEvents } from './scim-group-events';
import { excludedAttributesOf, parseScimPage, ScimListResponse, toListResponse } from './scim-list';
import { isPlainObject, parsePatchRequest, spreadResource } from './scim-patch';
import type { ScimCaller } from './scim-request';
import { isUniqueViolation, ScimUserRepository } from './scim-user.repository';
import type { ScimListQuery } from './scim-users.service';

export interface ScimGroupQuery extends ScimListQuery {
  excludedAttributes?: unknown;
}

/** Audit details list at most this many member ids per change. */
const AUDITED_MEMBER_IDS = 100;

/** Directory groups pushed by the IdP, and their members (Moot user ids). */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly groups: ScimGroupRepository,
    private readonly users: ScimUserRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async get(id: string, excludedAttributes?: unknown): Promise<ScimGroupResource> {
    return this.toResource(await this.mustFind(id), !excludedAttributesOf(excludedAttributes).has('members'));
  }

  async list(query: ScimGroupQuery): Promise<ScimListResponse<ScimGroupResource>> {
    const filter = parseScimFilter(query.filter, ['displayName', 'externalId']);
    const page = parseScimPage(query.startIndex, query.count);
    const lookup: ScimGroupLookup | null = filter ? ({ [filter.attribute]: filter.value } as ScimGroupLookup) : null;
    const { groups, total } = await this.groups.list(lookup, page);
    const withMembers = !excludedAttributesOf(query.excludedAttributes).has('members');
    const members = withMembers ? await this.groups.membersOf(groups.map((group) => group.id)) : null;
    const resources = groups.map((group) => toScimGroup(group, members?.get(group.id) ?? null, this.config.publicUrl));
    return toListResponse(resources, total, page);
  }

  async create(body: unknown, caller: ScimCaller): Promise<ScimGroupResource> {
    const state = stateOfResource(spreadResource('replace', groupResource(body), 'The Group resource'), null);
    if (await this.groups.findByDisplayName(state.displayName)) throw uniquenessOf(state.displayName);
    const memberIds = await this.knownUsers([...state.memberIds]);
    let id: string;
    try {
      id = await this.groups.insert({ displayName: state.displayName, externalId: state.externalId }, memberIds);
    } catch (error) {
      throw isUniqueViolation(error) ? uniquenessOf(state.displayName) : error;
    }
    await this.audit.record({
      ...caller,
      action: 'scim.group_create',
      target: { type: 'scim_group', id },
      details: { displayName: state.displayName, externalId: state.externalId, members: memberIds.length },
    });
    return this.get(id);
  }

  async replace(id: string, body: unknown, caller: ScimCaller): Promise<ScimGroupResource> {
    const group = await this.mustFind(id);
    const current = await this.stateOf(group);
    return this.apply(group, current, stateOfResource(spreadResource('replace', groupResource(body), 'The Group resource'), current), caller);
  }

  async patch(id: string, body: unknown, caller: ScimCaller): Promise<ScimGroupResource> {
    const operations = parsePatchRequest(body);
    const group = await this.mustFind(id);
    const current = await this.stateOf(group);
    const next: ScimGroupState = { ...current, memberIds: new Set(current.memberIds) };
    for (const operation of operations) applyGroupOperation(next, operation);
    return this.apply(group, current, next, caller);
  }

  async delete(id: string, caller: ScimCaller): Promise<void> {
    const group = await this.mustFind(id);
    if (await this.groups.delete(id)) {
      await this.audit.record({ ...caller, action: 'scim.group_delete', target: { type: 'scim_group', id }, details: { displayName: group.displayName } });
    }
  }

  private async apply(group: ScimGroupEntity, current: ScimGroupState, next: ScimGroupState, caller: ScimCaller): Promise<ScimGroupResource> {
    const changes: ScimGroupChanges = {
      addUserIds: await this.knownUsers([...next.memberIds].filter((userId) => !current.memberIds.has(userId))),
      removeUserIds: [...current.memberIds].filter((userId) => !next.memberIds.has(userId)),
    };
    if (next.displayName !== current.displayName) {
      const clash = await this.groups.findByDisplayName(next.displayName);
      if (clash && clash.id !== group.id) throw uniquenessOf(next.displayName);
      changes.displayName = next.displayName;
    }
    if (next.externalId !== current.externalId) changes.externalId = next.externalId;
    const unchanged = changes.displayName === undefined && changes.externalId === undefined && !changes.addUserIds.length && !changes.removeUserIds.length;
    if (unchanged) return this.toResource(group, true);
    try {
      await this.groups.update(group.id, changes);
    } catch (error) {
      throw isUniqueViolation(error) ? uniquenessOf(next.displayName) : error;
    }
    await this.audit.record({
      ...caller,
      action: 'scim.group_update',
      target: { type: 'scim_group', id: group.id },
      details: {
        ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
        ...(changes.externalId !== undefined ? { externalId: changes.externalId } : {}),
        added: changes.addUserIds.slice(0, AUDITED_MEMBER_IDS),
        removed: changes.removeUserIds.slice(0, AUDITED_MEMBER_IDS),
        addedCount: changes.addUserIds.length,
        removedCount: changes.removeUserIds.length,
      },
    });
    if (changes.addUserIds.length > 0 || changes.removeUserIds.length > 0) await scimGroupEvents.membersChanged(group.id);
    return this.get(group.id);
  }

  /** Every id must be a Moot user: a group cannot hold people Moot does not know. */
  private async knownUsers(userIds: string[]): Promise<string[]> {
    const known = new Set(await this.users.existingIds(userIds));
    const unknown = userIds.filter((userId) => !known.has(userId));
    if (unknown.length > 0) throw ScimException.invalidValue(`No user with id ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? '…' : ''}.`);
    return userIds;
  }

  private async stateOf(group: ScimGroupEntity): Promise<ScimGroupState> {
    const members = (await this.groups.membersOf([group.id])).get(group.id) ?? [];
    return { displayName: group.displayName, externalId: group.externalId, memberIds: new Set(members.map((member) => member.userId)) };
  }

  private async mustFind(id: string): Promise<ScimGroupEntity> {
    const group = isUUID(id) ? await this.groups.findById(id) : null;
    if (!group) throw ScimException.notFound('Group', id);
    return group;
  }

  private async toResource(group: ScimGroupEntity, withMembers: boolean): Promise<ScimGroupResource> {
    const members = withMembers ? ((await this.groups.membersOf([group.id])).get(group.id) ?? []) : null;
    return toScimGroup(group, members, this.config.publicUrl);
  }
}

function uniquenessOf(displayName: string): ScimException {
  return ScimException.uniqueness(`A group named ${displayName} already exists.`);
}

function groupResource(body: unknown): Record<string, unknown> {
  if (!isPlainObject(body)) throw ScimException.invalidSyntax('The body must be a SCIM Group object.');
  const schemas = body.schemas;
  if (schemas !== undefined && (!Array.isArray(schemas) || !schemas.includes(SCHEMA_GROUP))) {
    throw ScimException.invalidSyntax(`schemas must contain ${SCHEMA_GROUP}.`);
  }
  return body;
}

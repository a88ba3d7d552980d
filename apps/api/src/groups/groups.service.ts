import { Injectable } from '@nestjs/common';
import type { CreateGroupRequest, GroupDetail, GroupDirectoryPage, GroupSummary, UpdateGroupRequest } from '@moot/contracts';
import { MarkdownService } from '../common/markdown/markdown.service';
import { RESERVED_SLUGS, slugFromName } from './dto/group-rules';
import type { GroupDirectoryQueryDto } from './dto/group-queries.dto';
import { GroupAccessEvents, narrowsAccess } from './group-access-events';
import { GroupAccessService } from './group-access.service';
import type { GroupActor } from './group-actor';
import { GroupCreationSettingService } from './group-creation-setting.service';
import { decodeCursor, encodeCursor } from './group-cursor';
import { GroupMembershipRepository } from './group-membership.repository';
import { GroupScimSyncService } from './group-scim-sync.service';
import type { GroupEntity } from './group.entity';
import { GroupException } from './group.exception';
import { departmentsByGroup, toGroupDetail, toGroupSummary } from './group.mapper';
import { GroupRepository, GroupRow } from './group.repository';

const SUGGESTIONS = 10;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/** Groups themselves: creating, reading, the directory, settings and archiving. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly memberships: GroupMembershipRepository,
    private readonly access: GroupAccessService,
    private readonly creation: GroupCreationSettingService,
    private readonly scimSync: GroupScimSyncService,
    private readonly markdown: MarkdownService,
    private readonly accessEvents: GroupAccessEvents,
  ) {}

  async get(idOrSlug: string, actor: GroupActor): Promise<GroupDetail> {
    return this.detailOf(await this.access.visible(idOrSlug, actor), actor);
  }

  async directory(query: GroupDirectoryQueryDto, actor: GroupActor): Promise<GroupDirectoryPage> {
    const limit = query.limit ?? 20;
    const rows = await this.groups.directory(actor.viewer.userId, {
      q: query.q || undefined,
      type: query.type,
      departmentSlug: query.department,
      mine: query.mine,
      after: decodeCursor<[string, string]>(query.cursor, ['string', 'string']),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: await this.summariesOf(page), nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
  }

  async suggestions(actor: GroupActor): Promise<GroupSummary[]> {
    return this.summariesOf(await this.groups.suggestions(actor.viewer.userId, actor.departmentId, SUGGESTIONS));
  }

  async create(input: CreateGroupRequest, actor: GroupActor): Promise<GroupDetail> {
    if (!(await this.creation.mayCreate(actor.viewer))) throw GroupException.creationNotAllowed();
    const departmentIds = await this.checkDepartments(input.departmentIds);
    const slug = input.slug ? await this.checkSlug(input.slug) : await this.freeSlug(slugFromName(input.name));
    let id: string;
    try {
      id = await this.groups.transaction(async (manager) => {
        const groupId = await this.groups.insert(manager, {
          slug,
          name: input.name,
          visibility: input.type,
          description: input.description ?? '',
          purpose: input.purpose ?? '',
          houseRules: input.houseRules ?? '',
          createdById: actor.viewer.userId,
          ...this.settingsOf(input),
        });
        await this.memberships.addMembers(manager, groupId, [actor.viewer.userId], 'owner');
        await this.groups.setDepartments(manager, groupId, departmentIds ?? []);
        return groupId;
      });
    } catch (error) {
      throw isUniqueViolation(error) ? GroupException.slugTaken(slug) : error;
    }
    return this.get(id, actor);
  }

  async update(idOrSlug: string, input: UpdateGroupRequest, actor: GroupActor): Promise<GroupDetail> {
    const row = await this.access.permitted(idOrSlug, actor, 'manage');
    const linking = input.linkedScimGroupId !== undefined && input.linkedScimGroupId !== row.linkedScimGroupId;
    if (input.linkedScimGroupId !== undefined && actor.viewer.role !== 'admin') {
      throw GroupException.forbidden('link an identity-provider group (site admins only)');
    }
    if (linking && input.linkedScimGroupId && !(await this.groups.scimGroupExists(input.linkedScimGroupId))) {
      throw GroupException.invalid('linkedScimGroupId', 'names no SCIM group');
    }
    const departmentIds = await this.checkDepartments(input.departmentIds);
    const values: Partial<GroupEntity> = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.type !== undefined ? { visibility: input.type } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.purpose !== undefined ? { purpose: input.purpose } : {}),
      ...(input.houseRules !== undefined ? { houseRules: input.houseRules } : {}),
      ...(linking ? { linkedScimGroupId: input.linkedScimGroupId ?? null } : {}),
      ...this.settingsOf(input),
    };
    await this.groups.transaction(async (manager) => {
      await this.groups.update(manager, row.id, values);
      if (departmentIds) await this.groups.setDepartments(manager, row.id, departmentIds);
    });
    if (input.type !== undefined && narrowsAccess(row.visibility, input.type)) this.accessEvents.emitAccessNarrowed({ groupId: row.id });
    await this.access.auditIfAdmin(actor, row, 'update', { fields: Object.keys(input) });
    if (linking && input.linkedScimGroupId) await this.scimSync.syncGroup(row.id);
    return this.changed(row.id, actor);
  }

  async setArchived(idOrSlug: string, archived: boolean, actor: GroupActor): Promise<GroupDetail> {
    const row = await this.access.permitted(idOrSlug, actor, 'own', { allowArchived: true });
    if ((row.archivedAt !== null) !== archived) {
      await this.groups.update(null, row.id, { archivedAt: archived ? new Date() : null });
      await this.access.auditIfAdmin(actor, row, archived ? 'archive' : 'unarchive');
    }
    return this.changed(row.id, actor);
  }

  /** The group after a change the actor was allowed to make (an admin may manage a group they cannot browse). */
  private async changed(id: string, actor: GroupActor): Promise<GroupDetail> {
    const row = await this.groups.findForViewer(id, actor.viewer.userId);
    if (!row) throw GroupException.notFound();
    return this.detailOf(row, actor);
  }

  private async detailOf(row: GroupRow, actor: GroupActor): Promise<GroupDetail> {
    const departments = departmentsByGroup(await this.groups.departmentsOf([row.id]));
    return toGroupDetail(row, departments.get(row.id) ?? [], this.access.can(row, actor), this.markdown);
  }

  private async summariesOf(rows: GroupRow[]): Promise<GroupSummary[]> {
    const departments = departmentsByGroup(await this.groups.departmentsOf(rows.map((row) => row.id)));
    return rows.map((row) => toGroupSummary(row, departments.get(row.id) ?? [], this.markdown));
  }

  private settingsOf(input: Pick<CreateGroupRequest, 'settings'>): Partial<GroupEntity> {
    const settings = input.settings ?? {};
    return {
      ...(settings.postingPermission !== undefined ? { postingPermission: settings.postingPermission } : {}),
      ...(settings.allowAnonymousPosts !== undefined ? { allowAnonymousPosts: settings.allowAnonymousPosts } : {}),
      ...(settings.membersCanInvite !== undefined ? { membersCanInvite: settings.membersCanInvite } : {}),
    };
  }

  private async checkDepartments(ids: string[] | undefined): Promise<string[] | undefined> {
    if (!ids) return undefined;
    const unique = [...new Set(ids)];
    const known = new Set(await this.groups.existingDepartmentIds(unique));
    const unknown = unique.filter((id) => !known.has(id));
    if (unknown.length > 0) throw GroupException.invalid('departmentIds', `name no department: ${unknown.slice(0, 5).join(', ')}`);
    return unique;
  }

  private async checkSlug(slug: string): Promise<string> {
    if (RESERVED_SLUGS.has(slug)) throw GroupException.invalid('slug', `"${slug}" is reserved; choose another address`);
    if (await this.groups.slugExists(slug)) throw GroupException.slugTaken(slug);
    return slug;
  }

  /** The slug itself when free (and not reserved), else the first free `slug-2`, `slug-3`… */
  private async freeSlug(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!RESERVED_SLUGS.has(candidate) && !(await this.groups.slugExists(candidate))) return candidate;
    }
  }
}

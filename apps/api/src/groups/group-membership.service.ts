import { Injectable } from '@nestjs/common';
import type { GroupMembersPage, GroupRole, InviteRequest, InviteResponse, JoinGroupResponse, JoinRequestsResponse } from '@moot/contracts';
import type { GroupMembersQueryDto } from './dto/group-queries.dto';
import { GroupAccessEvents } from './group-access-events';
import { GroupAccessService } from './group-access.service';
import type { GroupActor } from './group-actor';
import { decodeCursor, encodeCursor } from './group-cursor';
import { GroupMembershipRepository } from './group-membership.repository';
import { GroupException } from './group.exception';
import { toJoinRequest, toMember } from './group.mapper';
import { GroupRepository, GroupRow } from './group.repository';
import { NotificationEvents } from '../notifications/notification-events';

/** Joining, leaving, requests, invitations, roles and ownership of groups. */
@Injectable()
export class GroupMembershipService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly memberships: GroupMembershipRepository,
    private readonly access: GroupAccessService,
    private readonly notificationEvents: NotificationEvents,
    private readonly accessEvents: GroupAccessEvents,
  ) {}

  async members(idOrSlug: string, query: GroupMembersQueryDto, actor: GroupActor): Promise<GroupMembersPage> {
    const row = await this.access.withContent(idOrSlug, actor);
    const limit = query.limit ?? 50;
    const rows = await this.memberships.members(row.id, {
      role: query.role,
      departmentSlug: query.department,
      q: query.q || undefined,
      after: decodeCursor<[number, string, string]>(query.cursor, ['number', 'string', 'string']),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const counts = await this.memberships.departmentCounts(row.id);
    return {
      items: page.map(toMember),
      nextCursor: rows.length > limit && last ? encodeCursor([Number(last.rank), last.displayName, last.id]) : null,
      departments: counts.map((count) => ({
        department: count.id ? { id: count.id, name: count.name ?? '', slug: count.slug ?? '' } : null,
        count: count.count,
      })),
    };
  }

  /** Open groups (and invitees) join at once; closed groups file one request, however often asked. */
  async join(idOrSlug: string, message: string | undefined, actor: GroupActor): Promise<JoinGroupResponse> {
    const row = await this.access.visible(idOrSlug, actor);
    if (row.archivedAt) throw GroupException.archived();
    if (row.myRole) return { outcome: 'joined' };
    if (row.visibility === 'open' || row.invited) {
      await this.memberships.addMembers(null, row.id, [actor.viewer.userId]);
      return { outcome: 'joined' };
    }
    await this.memberships.request(row.id, actor.viewer.userId, message?.trim() || null);
    if (!row.requestPending) this.notificationEvents.emit('group:join-requested', { groupId: row.id, userId: actor.viewer.userId });
    return { outcome: 'requested' };
  }

  /** Leaves the group, or withdraws a pending request or declines an invitation. */
  async leave(idOrSlug: string, actor: GroupActor): Promise<void> {
    const row = await this.access.visible(idOrSlug, actor);
    if (row.archivedAt) throw GroupException.archived();
    if (!row.myRole) {
      if (!row.requestPending && !row.invited) throw GroupException.notAMember();
      await this.memberships.deleteRequest(null, row.id, actor.viewer.userId);
      await this.memberships.declineInvitation(row.id, actor.viewer.userId);
      return;
    }
    await this.removeKeepingAnOwner(row, actor.viewer.userId, row.myRole);
  }

  async requests(idOrSlug: string, actor: GroupActor): Promise<JoinRequestsResponse> {
    const row = await this.access.permitted(idOrSlug, actor, 'manage', { read: true, allowArchived: true });
    await this.access.auditIfAdmin(actor, row, 'view_requests');
    return { requests: (await this.memberships.requests(row.id)).map(toJoinRequest) };
  }

  async decide(idOrSlug: string, userId: string, approve: boolean, actor: GroupActor): Promise<void> {
    const row = await this.access.permitted(idOrSlug, actor, 'manage');
    await this.groups.transaction(async (manager) => {
      if (!(await this.memberships.deleteRequest(manager, row.id, userId))) throw GroupException.requestNotFound();
      if (approve) await this.memberships.addMembers(manager, row.id, [userId]);
    });
    await this.access.auditIfAdmin(actor, row, approve ? 'approve_request' : 'deny_request', { userId });
    if (approve) this.notificationEvents.emit('group:join-approved', { groupId: row.id, userId, approverId: actor.viewer.userId });
  }

  async invite(idOrSlug: string, input: InviteRequest, actor: GroupActor): Promise<InviteResponse> {
    const row = await this.access.permitted(idOrSlug, actor, 'invite');
    if (!input.userIds?.length && !input.departmentId) throw GroupException.invalid('userIds', 'or departmentId must say whom to invite');
    const userIds = [...new Set(input.userIds ?? [])];
    const active = new Set(await this.memberships.activeUserIds(userIds));
    const unknown = userIds.filter((id) => !active.has(id));
    if (unknown.length > 0) throw GroupException.invalid('userIds', `name no active person: ${unknown.slice(0, 5).join(', ')}`);
    if (input.departmentId) {
      if ((await this.groups.existingDepartmentIds([input.departmentId])).length === 0) throw GroupException.invalid('departmentId', 'names no department');
      for (const id of await this.memberships.activeUserIdsInDepartment(input.departmentId)) active.add(id);
    }
    const result = await this.memberships.invite(row.id, [...active], actor.viewer.userId);
    await this.access.auditIfAdmin(actor, row, 'invite', { invited: result.invited, departmentId: input.departmentId ?? null });
    return result;
  }

  async changeRole(idOrSlug: string, userId: string, role: GroupRole, actor: GroupActor): Promise<void> {
    const row = await this.access.permitted(idOrSlug, actor, 'manage');
    const current = await this.memberships.roleOf(row.id, userId);
    if (!current) throw GroupException.memberNotFound();
    if (current === role) return;
    const ownsGroup = row.myRole === 'owner' || actor.viewer.role === 'admin';
    if ((role === 'owner' || current === 'owner') && !ownsGroup) throw GroupException.forbidden('make or unmake owners (only owners can)');
    await this.groups.transaction(async (manager) => {
      if (current === 'owner' && (await this.memberships.activeOwnerCount(manager, row.id)) <= 1) throw GroupException.lastOwner();
      await this.memberships.setRole(manager, row.id, userId, role);
    });
    await this.access.auditRoleChange(actor, row, 'change_role', { userId, from: current, to: role });
  }

  async removeMember(idOrSlug: string, userId: string, actor: GroupActor): Promise<void> {
    if (userId === actor.viewer.userId) return this.leave(idOrSlug, actor);
    const row = await this.access.permitted(idOrSlug, actor, 'manage');
    const current = await this.memberships.roleOf(row.id, userId);
    if (!current) throw GroupException.memberNotFound();
    if (current === 'owner' && row.myRole !== 'owner' && actor.viewer.role !== 'admin') throw GroupException.forbidden('remove an owner');
    await this.removeKeepingAnOwner(row, userId, current);
    await this.access.auditIfAdmin(actor, row, 'remove_member', { userId });
  }

  /** Makes `userId` an owner; the owner handing over stays on as a manager (an admin's transfer demotes every owner). */
  async transferOwnership(idOrSlug: string, userId: string, actor: GroupActor): Promise<void> {
    const row = await this.access.permitted(idOrSlug, actor, 'own');
    if (!(await this.memberships.roleOf(row.id, userId)) || (await this.memberships.activeUserIds([userId])).length === 0) {
      throw GroupException.memberNotFound();
    }
    if (userId === actor.viewer.userId) return;
    await this.groups.transaction(async (manager) => {
      await this.memberships.setRole(manager, row.id, userId, 'owner');
      if (row.myRole === 'owner') await this.memberships.setRole(manager, row.id, actor.viewer.userId, 'manager');
      else await this.memberships.demoteOwners(manager, row.id, userId);
    });
    await this.access.auditRoleChange(actor, row, 'transfer_ownership', { to: userId });
  }

  private async removeKeepingAnOwner(row: GroupRow, userId: string, role: GroupRole): Promise<void> {
    await this.groups.transaction(async (manager) => {
      if (role === 'owner' && (await this.memberships.activeOwnerCount(manager, row.id)) <= 1) throw GroupException.lastOwner();
      await this.memberships.remove(manager, row.id, [userId]);
    });
    this.accessEvents.emitAccessNarrowed({ groupId: row.id, userIds: [userId] });
  }
}

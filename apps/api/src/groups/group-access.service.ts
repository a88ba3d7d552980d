import { Injectable } from '@nestjs/common';
import type { GroupDetail } from '@moot/contracts';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService, GroupActionFacts } from '../authorization/authorization.service';
import type { GroupActor } from './group-actor';
import { GroupException } from './group.exception';
import { GroupRepository, GroupRow } from './group.repository';

export type GroupPermission = 'manage' | 'own' | 'invite';

/**
 * Finds a group for one actor and asks {@link AuthorizationService} what they may do with it.
 * Every group endpoint comes through here: what the actor may not see is a 404 identical to a
 * missing group; what they may see but not change is a 403; an archived group refuses changes (409).
 */
@Injectable()
export class GroupAccessService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  factsOf(row: GroupRow): GroupActionFacts {
    return {
      visibility: row.visibility,
      viewerRole: row.myRole,
      viewerInvited: row.invited,
      archived: row.archivedAt !== null,
      postingPermission: row.postingPermission,
      membersCanInvite: row.membersCanInvite,
    };
  }

  /** The group if the actor may know it exists. */
  async visible(idOrSlug: string, actor: GroupActor): Promise<GroupRow> {
    const row = await this.groups.findForViewer(idOrSlug, actor.viewer.userId);
    if (!row || !this.authorization.canSeeGroup(actor.viewer, this.factsOf(row))) throw GroupException.notFound();
    return row;
  }

  /** The group if the actor may read its content and members. */
  async withContent(idOrSlug: string, actor: GroupActor): Promise<GroupRow> {
    const row = await this.visible(idOrSlug, actor);
    if (!this.authorization.canSeeGroupContent(actor.viewer, this.factsOf(row))) throw GroupException.notFound();
    return row;
  }

  /**
   * The group if the actor holds `permission` on it. Denied reads are 404 (nothing leaks);
   * denied changes to a group the actor can see are 403; changes to an archived group are 409.
   */
  async permitted(idOrSlug: string, actor: GroupActor, permission: GroupPermission, mode: { read?: boolean; allowArchived?: boolean } = {}): Promise<GroupRow> {
    const row = await this.groups.findForViewer(idOrSlug, actor.viewer.userId);
    if (!row) throw GroupException.notFound();
    const facts = this.factsOf(row);
    if (!this.holds(actor, facts, permission)) {
      if (mode.read || !this.authorization.canSeeGroup(actor.viewer, facts)) throw GroupException.notFound();
      throw GroupException.forbidden(permission === 'invite' ? 'invite people' : permission === 'own' ? 'do that as a non-owner' : 'manage members or settings');
    }
    if (!mode.allowArchived && row.archivedAt) throw GroupException.archived();
    return row;
  }

  /** Writes the audit row an admin's action on a group they do not manage requires. */
  async auditIfAdmin(actor: GroupActor, row: GroupRow, action: string, details: Record<string, unknown> = {}): Promise<void> {
    if (!this.authorization.actsAsAdmin(actor.viewer, this.factsOf(row))) return;
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: `group.admin.${action}`,
      target: { type: 'group', id: row.id },
      details: { groupSlug: row.slug, ...details },
    });
  }

  /** Role changes are security-relevant whoever makes them: a manager's is `group.<action>`, an admin's `group.admin.<action>`. */
  async auditRoleChange(actor: GroupActor, row: GroupRow, action: string, details: Record<string, unknown>): Promise<void> {
    if (this.authorization.actsAsAdmin(actor.viewer, this.factsOf(row))) return this.auditIfAdmin(actor, row, action, details);
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: `group.${action}`,
      target: { type: 'group', id: row.id },
      details: { groupSlug: row.slug, ...details },
    });
  }

  can(row: GroupRow, actor: GroupActor): GroupDetail['can'] {
    const facts = this.factsOf(row);
    const live = row.archivedAt === null;
    const member = row.myRole !== null;
    const joinsDirectly = row.visibility === 'open' || row.invited;
    return {
      seeContent: this.authorization.canSeeGroupContent(actor.viewer, facts),
      join: live && !member && joinsDirectly,
      requestToJoin: live && !member && !joinsDirectly && row.visibility === 'closed' && !row.requestPending,
      leave: live && member,
      post: this.authorization.canPostInGroup(actor.viewer, facts),
      invite: this.authorization.canInviteToGroup(actor.viewer, facts),
      manage: this.authorization.canManageGroup(actor.viewer, facts),
      archive: this.authorization.canOwnGroup(actor.viewer, facts),
      transferOwnership: live && this.authorization.canOwnGroup(actor.viewer, facts),
    };
  }

  private holds(actor: GroupActor, facts: GroupActionFacts, permission: GroupPermission): boolean {
    if (permission === 'own') return this.authorization.canOwnGroup(actor.viewer, facts);
    if (permission === 'invite') return this.authorization.canManageGroup(actor.viewer, facts) || (facts.viewerRole === 'member' && facts.membersCanInvite);
    return this.authorization.canManageGroup(actor.viewer, facts);
  }
}

import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AuditService, SYSTEM_ACTOR } from '../audit/audit.service';
import { scimGroupEvents } from '../scim/scim-group-events';
import { GroupAccessEvents } from './group-access-events';
import { GroupMembershipRepository } from './group-membership.repository';

/**
 * Keeps groups linked to an IdP (SCIM) group in step with it: its active people are members,
 * plain members who left it are removed, owners and managers always stay.
 */
@Injectable()
export class GroupScimSyncService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GroupScimSyncService.name);
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly memberships: GroupMembershipRepository,
    private readonly audit: AuditService,
    private readonly accessEvents: GroupAccessEvents,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = scimGroupEvents.onMembersChanged((scimGroupId) => this.syncLinkedTo(scimGroupId));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  async syncLinkedTo(scimGroupId: string): Promise<void> {
    for (const groupId of await this.memberships.groupsLinkedTo(scimGroupId)) await this.syncGroup(groupId);
  }

  async syncGroup(groupId: string): Promise<void> {
    const result = await this.memberships.syncFromScim(groupId);
    if (!result || (result.added.length === 0 && result.removed.length === 0)) return;
    this.accessEvents.emitAccessNarrowed({ groupId, userIds: result.removed });
    this.logger.log({ groupId, added: result.added.length, removed: result.removed.length }, 'group synced from SCIM');
    await this.audit.record({
      actor: SYSTEM_ACTOR,
      action: 'group.scim_sync',
      target: { type: 'group', id: groupId },
      details: { added: result.added.slice(0, 100), removed: result.removed.slice(0, 100), addedCount: result.added.length, removedCount: result.removed.length },
    });
  }
}

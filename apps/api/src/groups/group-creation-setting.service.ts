import { Injectable } from '@nestjs/common';
import type { GroupCreationSetting, UpdateGroupCreationSetting } from '@moot/contracts';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../authorization/authorization.service';
import type { GroupActor } from './group-actor';
import { GroupMembershipRepository } from './group-membership.repository';
import { toPerson } from './group.mapper';
import { GroupException } from './group.exception';
import { SiteSettingRepository } from './site-setting.repository';

const KEY = 'group_creation';

interface StoredSetting {
  mode: 'everyone' | 'listed';
  creatorIds: string[];
}

const DEFAULT: StoredSetting = { mode: 'everyone', creatorIds: [] };

/** Who may create groups: everyone, or the people admins list (admins always may). */
@Injectable()
export class GroupCreationSettingService {
  constructor(
    private readonly settings: SiteSettingRepository,
    private readonly people: GroupMembershipRepository,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<GroupCreationSetting> {
    const stored = await this.stored();
    const creators = await this.people.people(stored.creatorIds);
    return { mode: stored.mode, creators: creators.filter((row) => row.status === 'active').map(toPerson) };
  }

  async update(input: UpdateGroupCreationSetting, actor: GroupActor): Promise<GroupCreationSetting> {
    const creatorIds = [...new Set(input.creatorIds)];
    const known = new Set(await this.people.activeUserIds(creatorIds));
    const unknown = creatorIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw GroupException.invalid('creatorIds', `name no active person: ${unknown.slice(0, 5).join(', ')}`);
    await this.settings.put(KEY, { mode: input.mode, creatorIds });
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: 'site.group_creation_update',
      target: { type: 'site_setting', id: KEY },
      details: { mode: input.mode, creators: creatorIds.length },
    });
    return this.get();
  }

  async mayCreate(viewer: Viewer): Promise<boolean> {
    if (viewer.role === 'admin') return true;
    const stored = await this.stored();
    return stored.mode === 'everyone' || stored.creatorIds.includes(viewer.userId);
  }

  private async stored(): Promise<StoredSetting> {
    return (await this.settings.get<StoredSetting>(KEY)) ?? DEFAULT;
  }
}

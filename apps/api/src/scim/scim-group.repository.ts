import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { ScimPage } from './scim-list';
import { ScimGroupEntity, ScimGroupMemberEntity } from './scim-group.entity';

export type ScimGroupLookup = { displayName: string } | { externalId: string };

export interface ScimGroupMember {
  userId: string;
  displayName: string;
}

export interface ScimGroupChanges {
  displayName?: string;
  externalId?: string | null;
  addUserIds: string[];
  removeUserIds: string[];
}

/** Queries on `scim_groups` and `scim_group_members`. */
@Injectable()
export class ScimGroupRepository {
  constructor(
    @InjectRepository(ScimGroupEntity) private readonly groups: Repository<ScimGroupEntity>,
    private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<ScimGroupEntity | null> {
    return this.groups.findOneBy({ id });
  }

  /** Group display names are not case-exact (RFC 7643 §4.2). */
  findByDisplayName(displayName: string): Promise<ScimGroupEntity | null> {
    return this.groups.createQueryBuilder('g').where('lower(g.display_name) = lower(:displayName)', { displayName }).getOne();
  }

  async list(lookup: ScimGroupLookup | null, page: ScimPage): Promise<{ groups: ScimGroupEntity[]; total: number }> {
    const query = this.groups.createQueryBuilder('g');
    if (lookup && 'displayName' in lookup) query.where('lower(g.display_name) = lower(:displayName)', lookup);
    if (lookup && 'externalId' in lookup) query.where('g.external_id = :externalId', lookup);
    if (page.count === 0) return { groups: [], total: await query.getCount() };
    const [groups, total] = await query
      .orderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .offset(page.startIndex - 1)
      .limit(page.count)
      .getManyAndCount();
    return { groups, total };
  }

  /** Members of each group, with their display names, in a stable order. */
  async membersOf(groupIds: string[]): Promise<Map<string, ScimGroupMember[]>> {
    const byGroup = new Map<string, ScimGroupMember[]>(groupIds.map((id) => [id, []]));
    if (groupIds.length === 0) return byGroup;
    const rows: { groupId: string; userId: string; displayName: string }[] = await this.dataSource.query(
      `SELECT m.scim_group_id AS "groupId", m.user_id AS "userId", u.display_name AS "displayName"
         FROM scim_group_members m JOIN users u ON u.id = m.user_id
        WHERE m.scim_group_id = ANY($1::uuid[])
        ORDER BY u.display_name, u.id`,
      [groupIds],
    );
    for (const row of rows) byGroup.get(row.groupId)?.push({ userId: row.userId, displayName: row.displayName });
    return byGroup;
  }

  async insert(group: Pick<ScimGroupEntity, 'displayName' | 'externalId'>, userIds: string[]): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ScimGroupEntity, group));
      if (userIds.length > 0) await manager.insert(ScimGroupMemberEntity, userIds.map((userId) => ({ scimGroupId: saved.id, userId })));
      return saved.id;
    });
  }

  /** Applies a whole PATCH or PUT at once, so a failure leaves the group as it was. */
  async update(id: string, changes: ScimGroupChanges): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const columns: Partial<ScimGroupEntity> = {};
      if (changes.displayName !== undefined) columns.displayName = changes.displayName;
      if (changes.externalId !== undefined) columns.externalId = changes.externalId;
      // Touch updated_at even for membership-only changes (it is the resource's lastModified).
      await manager.update(ScimGroupEntity, { id }, { ...columns, updatedAt: new Date() });
      if (changes.removeUserIds.length > 0) {
        await manager.query('DELETE FROM scim_group_members WHERE scim_group_id = $1 AND user_id = ANY($2::uuid[])', [id, changes.removeUserIds]);
      }
      if (changes.addUserIds.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ScimGroupMemberEntity)
          .values(changes.addUserIds.map((userId) => ({ scimGroupId: id, userId })))
          .orIgnore()
          .execute();
      }
    });
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.groups.delete({ id });
    return (result.affected ?? 0) > 0;
  }
}

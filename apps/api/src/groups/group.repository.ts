import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GroupVisibilitySql } from '../authorization/authorization.service';
import { likeContains } from '../common/sql-like';
import type { GroupRole } from './group-membership.entity';
import { GroupEntity, type GroupVisibility, type PostingPermission } from './group.entity';

/** A group as one viewer sees it: the row, active member count and the viewer's place in it. */
export interface GroupRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  purpose: string;
  houseRules: string;
  visibility: GroupVisibility;
  archivedAt: Date | null;
  postingPermission: PostingPermission;
  allowAnonymousPosts: boolean;
  membersCanInvite: boolean;
  linkedScimGroupId: string | null;
  createdAt: Date;
  memberCount: number;
  myRole: GroupRole | null;
  requestPending: boolean;
  invited: boolean;
}

export interface DepartmentRow {
  groupId: string;
  id: string;
  name: string;
  slug: string;
}

export interface DirectoryFilter {
  q?: string;
  type?: GroupVisibility;
  departmentSlug?: string;
  mine?: boolean;
  after: [string, string] | null;
  limit: number;
}

/** $1 is always the viewer's user id. */
const GROUP_COLUMNS = `
  g.id, g.slug, g.name, g.description, g.purpose, g.house_rules AS "houseRules", g.visibility,
  g.archived_at AS "archivedAt", g.posting_permission AS "postingPermission",
  g.allow_anonymous_posts AS "allowAnonymousPosts", g.members_can_invite AS "membersCanInvite",
  g.linked_scim_group_id AS "linkedScimGroupId", g.created_at AS "createdAt",
  (SELECT count(*)::int FROM group_memberships cm JOIN users cu ON cu.id = cm.user_id AND cu.status = 'active' WHERE cm.group_id = g.id) AS "memberCount",
  (SELECT rm.role FROM group_memberships rm WHERE rm.group_id = g.id AND rm.user_id = $1) AS "myRole",
  EXISTS (SELECT 1 FROM group_join_requests rr WHERE rr.group_id = g.id AND rr.user_id = $1) AS "requestPending",
  ${GroupVisibilitySql.isInvited('g', '$1')} AS invited`;

@Injectable()
export class GroupRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** By id (a uuid) or slug; null when there is no such group (visibility is the caller's question). */
  async findForViewer(idOrSlug: string, viewerId: string): Promise<GroupRow | null> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const rows: GroupRow[] = await this.dataSource.query(
      `SELECT ${GROUP_COLUMNS} FROM groups g WHERE ${byId ? 'g.id = $2::uuid' : 'g.slug = $2'}`,
      [viewerId, idOrSlug],
    );
    return rows[0] ?? null;
  }

  /** Groups the viewer may see, by name then id (keyset); archived ones only to their members. */
  async directory(viewerId: string, filter: DirectoryFilter): Promise<GroupRow[]> {
    const params: unknown[] = [viewerId];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = [GroupVisibilitySql.canSeeGroup('g', '$1'), `(g.archived_at IS NULL OR ${GroupVisibilitySql.isMember('g', '$1')})`];
    if (filter.q) {
      const pattern = param(likeContains(filter.q));
      where.push(`(g.name ILIKE ${pattern} ESCAPE '\\' OR g.description ILIKE ${pattern} ESCAPE '\\')`);
    }
    if (filter.type) where.push(`g.visibility = ${param(filter.type)}`);
    if (filter.departmentSlug) {
      where.push(`EXISTS (SELECT 1 FROM group_departments fd JOIN departments fdd ON fdd.id = fd.department_id WHERE fd.group_id = g.id AND fdd.slug = ${param(filter.departmentSlug)})`);
    }
    if (filter.mine) where.push(GroupVisibilitySql.isMember('g', '$1'));
    if (filter.after) where.push(`(g.name, g.id) > (${param(filter.after[0])}, ${param(filter.after[1])}::uuid)`);
    const limit = param(filter.limit);
    return this.dataSource.query(`SELECT ${GROUP_COLUMNS} FROM groups g WHERE ${where.join(' AND ')} ORDER BY g.name, g.id LIMIT ${limit}`, params);
  }

  /**
   * "Groups your colleagues in other departments are in": visible, live groups the viewer is not
   * in, ranked by how many active members come from departments other than the viewer's.
   */
  async suggestions(viewerId: string, departmentId: string | null, limit: number): Promise<GroupRow[]> {
    return this.dataSource.query(
      `SELECT ${GROUP_COLUMNS}, ranked.others
       FROM (
         SELECT sm.group_id, count(*)::int AS others
         FROM group_memberships sm JOIN users su ON su.id = sm.user_id AND su.status = 'active'
         WHERE su.department_id IS DISTINCT FROM $2::uuid AND su.department_id IS NOT NULL
         GROUP BY sm.group_id
       ) ranked
       JOIN groups g ON g.id = ranked.group_id
       WHERE g.archived_at IS NULL AND ${GroupVisibilitySql.canSeeGroup('g', '$1')} AND NOT ${GroupVisibilitySql.isMember('g', '$1')}
       ORDER BY ranked.others DESC, g.name, g.id
       LIMIT $3`,
      [viewerId, departmentId, limit],
    );
  }

  async departmentsOf(groupIds: string[]): Promise<DepartmentRow[]> {
    if (groupIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT gd.group_id AS "groupId", d.id, d.name, d.slug FROM group_departments gd JOIN departments d ON d.id = gd.department_id
       WHERE gd.group_id = ANY($1::uuid[]) ORDER BY d.name`,
      [groupIds],
    );
  }

  async existingDepartmentIds(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM departments WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => row.id);
  }

  async slugExists(slug: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM groups WHERE slug = $1`, [slug]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, values: Partial<GroupEntity>): Promise<string> {
    const result = await manager.createQueryBuilder().insert().into(GroupEntity).values(values).returning('id').execute();
    return (result.raw as { id: string }[])[0].id;
  }

  async update(manager: EntityManager | null, id: string, values: Partial<GroupEntity>): Promise<void> {
    if (Object.keys(values).length === 0) return;
    await (manager ?? this.dataSource.manager).createQueryBuilder().update(GroupEntity).set(values).where('id = :id', { id }).execute();
  }

  async setDepartments(manager: EntityManager, groupId: string, departmentIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM group_departments WHERE group_id = $1`, [groupId]);
    if (departmentIds.length === 0) return;
    await manager.query(`INSERT INTO group_departments (group_id, department_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      groupId,
      departmentIds,
    ]);
  }

  async scimGroupExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM scim_groups WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}

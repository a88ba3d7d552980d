import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { likeContains } from '../common/sql-like';
import { returningRows } from '../database/returning-rows';
import type { GroupRole } from './group-membership.entity';

/** What a person summary needs, flat from SQL. */
export interface PersonRow {
  id: string;
  displayName: string;
  jobTitle: string | null;
  status: 'active' | 'deactivated';
  avatarKey: string | null;
  departmentId: string | null;
  departmentName: string | null;
  departmentSlug: string | null;
}

export interface MemberRow extends PersonRow {
  role: GroupRole;
  rank: number;
  joinedAt: Date;
}

export interface MemberFilter {
  role?: GroupRole;
  departmentSlug?: string;
  q?: string;
  after: [number, string, string] | null;
  limit: number;
}

export const PERSON_COLUMNS = `u.id, u.display_name AS "displayName", u.job_title AS "jobTitle", u.status, u.avatar_key AS "avatarKey",
  d.id AS "departmentId", d.name AS "departmentName", d.slug AS "departmentSlug"`;

const RANK = `CASE m.role WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END`;

/** Memberships, join requests and invitations of groups. */
@Injectable()
export class GroupMembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run(manager: EntityManager | null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Active members, owners first, then by name (keyset). Deactivated people are left out. */
  async members(groupId: string, filter: MemberFilter): Promise<MemberRow[]> {
    const params: unknown[] = [groupId];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = [`m.group_id = $1`, `u.status = 'active'`];
    if (filter.role) where.push(`m.role = ${param(filter.role)}`);
    if (filter.departmentSlug) where.push(`d.slug = ${param(filter.departmentSlug)}`);
    if (filter.q) where.push(`u.display_name ILIKE ${param(likeContains(filter.q))} ESCAPE '\\'`);
    if (filter.after) where.push(`(${RANK}, u.display_name, u.id) > (${param(filter.after[0])}::int, ${param(filter.after[1])}, ${param(filter.after[2])}::uuid)`);
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}, m.role, ${RANK} AS rank, m.joined_at AS "joinedAt"
       FROM group_memberships m JOIN users u ON u.id = m.user_id LEFT JOIN departments d ON d.id = u.department_id
       WHERE ${where.join(' AND ')} ORDER BY rank, u.display_name, u.id LIMIT ${param(filter.limit)}`,
      params,
    );
  }

  async departmentCounts(groupId: string): Promise<{ id: string | null; name: string | null; slug: string | null; count: number }[]> {
    return this.dataSource.query(
      `SELECT d.id, d.name, d.slug, count(*)::int AS count
       FROM group_memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active' LEFT JOIN departments d ON d.id = u.department_id
       WHERE m.group_id = $1 GROUP BY d.id, d.name, d.slug ORDER BY count DESC, d.name NULLS LAST`,
      [groupId],
    );
  }

  async roleOf(groupId: string, userId: string, manager: EntityManager | null = null): Promise<GroupRole | null> {
    const rows: { role: GroupRole }[] = await this.run(manager).query(
      `SELECT role FROM group_memberships WHERE group_id = $1 AND user_id = $2`,
      [groupId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /** Owners who can still act (deactivated owners do not count). Locks their rows. */
  async activeOwnerCount(manager: EntityManager, groupId: string): Promise<number> {
    const rows: { id: string }[] = await manager.query(
      `SELECT m.user_id AS id FROM group_memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active'
       WHERE m.group_id = $1 AND m.role = 'owner' FOR UPDATE OF m`,
      [groupId],
    );
    return rows.length;
  }

  /** Adds people as members (existing memberships untouched) and clears their requests and invitations. */
  async addMembers(manager: EntityManager | null, groupId: string, userIds: string[], role: GroupRole = 'member'): Promise<number> {
    if (userIds.length === 0) return 0;
    const run = this.run(manager);
    const inserted: unknown[] = await run.query(
      `INSERT INTO group_memberships (group_id, user_id, role) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, userIds, role],
    );
    await run.query(`DELETE FROM group_join_requests WHERE group_id = $1 AND user_id = ANY($2::uuid[])`, [groupId, userIds]);
    await run.query(`DELETE FROM group_invitations WHERE group_id = $1 AND user_id = ANY($2::uuid[])`, [groupId, userIds]);
    return inserted.length;
  }

  async setRole(manager: EntityManager | null, groupId: string, userId: string, role: GroupRole): Promise<void> {
    await this.run(manager).query(`UPDATE group_memberships SET role = $3 WHERE group_id = $1 AND user_id = $2`, [groupId, userId, role]);
  }

  async demoteOwners(manager: EntityManager, groupId: string, exceptUserId: string): Promise<void> {
    await manager.query(`UPDATE group_memberships SET role = 'manager' WHERE group_id = $1 AND role = 'owner' AND user_id <> $2`, [groupId, exceptUserId]);
  }

  async remove(manager: EntityManager | null, groupId: string, userIds: string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    const removed = returningRows(
      await this.run(manager).query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = ANY($2::uuid[]) RETURNING user_id`, [groupId, userIds]),
    );
    return removed.length;
  }

  /** Files a request once: asking again keeps the first request (and its message). */
  async request(groupId: string, userId: string, message: string | null): Promise<void> {
    await this.dataSource.query(`INSERT INTO group_join_requests (group_id, user_id, message) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      groupId,
      userId,
      message,
    ]);
  }

  async requests(groupId: string): Promise<(PersonRow & { message: string | null; requestedAt: Date })[]> {
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}, r.message, r.requested_at AS "requestedAt"
       FROM group_join_requests r JOIN users u ON u.id = r.user_id AND u.status = 'active' LEFT JOIN departments d ON d.id = u.department_id
       WHERE r.group_id = $1 ORDER BY r.requested_at, u.id`,
      [groupId],
    );
  }

  /** Deletes a pending request; false when there was none. */
  async deleteRequest(manager: EntityManager | null, groupId: string, userId: string): Promise<boolean> {
    const deleted = returningRows(
      await this.run(manager).query(
        `DELETE FROM group_join_requests r USING users u WHERE r.group_id = $1 AND r.user_id = $2 AND u.id = r.user_id AND u.status = 'active' RETURNING r.user_id`,
        [groupId, userId],
      ),
    );
    return deleted.length > 0;
  }

  /** Live groups that follow this SCIM group. */
  async groupsLinkedTo(scimGroupId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM groups WHERE linked_scim_group_id = $1 AND archived_at IS NULL`, [scimGroupId]);
    return rows.map((row) => row.id);
  }

  /** Members := the linked SCIM group's active people, keeping owners and managers. Null when not linked or archived. */
  async syncFromScim(groupId: string): Promise<{ added: string[]; removed: string[] } | null> {
    return this.dataSource.transaction(async (manager) => {
      const linked: { scimGroupId: string }[] = await manager.query(
        `SELECT linked_scim_group_id AS "scimGroupId" FROM groups WHERE id = $1 AND archived_at IS NULL AND linked_scim_group_id IS NOT NULL FOR UPDATE`,
        [groupId],
      );
      if (!linked[0]) return null;
      const added: { user_id: string }[] = await manager.query(
        `INSERT INTO group_memberships (group_id, user_id, role)
         SELECT $1, sm.user_id, 'member' FROM scim_group_members sm JOIN users u ON u.id = sm.user_id AND u.status = 'active' WHERE sm.scim_group_id = $2
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [groupId, linked[0].scimGroupId],
      );
      const removed = returningRows<{ user_id: string }>(
        await manager.query(
          `DELETE FROM group_memberships m WHERE m.group_id = $1 AND m.role = 'member'
           AND NOT EXISTS (SELECT 1 FROM scim_group_members sm WHERE sm.scim_group_id = $2 AND sm.user_id = m.user_id) RETURNING user_id`,
          [groupId, linked[0].scimGroupId],
        ),
      );
      const addedIds = added.map((row) => row.user_id);
      await manager.query(`DELETE FROM group_join_requests WHERE group_id = $1 AND user_id = ANY($2::uuid[])`, [groupId, addedIds]);
      await manager.query(`DELETE FROM group_invitations WHERE group_id = $1 AND user_id = ANY($2::uuid[])`, [groupId, addedIds]);
      return { added: addedIds, removed: removed.map((row) => row.user_id) };
    });
  }

  async declineInvitation(groupId: string, userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM group_invitations WHERE group_id = $1 AND user_id = $2`, [groupId, userId]);
  }

  /** Invites those of `userIds` who are not members yet; returns how many were members already. */
  async invite(groupId: string, userIds: string[], invitedById: string): Promise<{ invited: number; alreadyMembers: number }> {
    return this.dataSource.transaction(async (manager) => {
      const members: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM group_memberships WHERE group_id = $1 AND user_id = ANY($2::uuid[])`,
        [groupId, userIds],
      );
      const memberIds = new Set(members.map((row) => row.user_id));
      const toInvite = userIds.filter((id) => !memberIds.has(id));
      if (toInvite.length > 0) {
        await manager.query(
          `INSERT INTO group_invitations (group_id, user_id, invited_by_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
          [groupId, toInvite, invitedById],
        );
      }
      return { invited: toInvite.length, alreadyMembers: memberIds.size };
    });
  }

  async activeUserIds(userIds: string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`, [userIds]);
    return rows.map((row) => row.id);
  }

  async activeUserIdsInDepartment(departmentId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM users WHERE department_id = $1 AND status = 'active' ORDER BY id`, [departmentId]);
    return rows.map((row) => row.id);
  }

  /** Active people by id, as person rows, with whether each is already a member of the group. */
  async peopleWithMembership(groupId: string, userIds: string[]): Promise<(PersonRow & { email: string; isMember: boolean })[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}, u.email, EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = $1 AND m.user_id = u.id) AS "isMember"
       FROM users u LEFT JOIN departments d ON d.id = u.department_id
       WHERE u.id = ANY($2::uuid[]) AND u.status = 'active' ORDER BY u.display_name, u.id`,
      [groupId, userIds],
    );
  }

  async activeUsersByEmail(emails: string[]): Promise<{ id: string; email: string }[]> {
    if (emails.length === 0) return [];
    return this.dataSource.query(`SELECT id, email FROM users WHERE email = ANY($1::varchar[]) AND status = 'active'`, [emails]);
  }

  async people(userIds: string[]): Promise<PersonRow[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
      [userIds],
    );
  }
}

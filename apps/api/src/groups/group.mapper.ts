import type { DepartmentRef, GroupDetail, GroupMember, GroupSummary, JoinRequest, PersonSummary } from '@moot/contracts';
import type { MarkdownService } from '../common/markdown/markdown.service';
import { toPersonSummary } from '../people/person-summary';
import type { MemberRow, PersonRow } from './group-membership.repository';
import type { DepartmentRow, GroupRow } from './group.repository';

const SUMMARY_LENGTH = 280;

export function toPerson(row: PersonRow): PersonSummary {
  const department = row.departmentId ? { id: row.departmentId, name: row.departmentName ?? '', slug: row.departmentSlug ?? '', createdAt: new Date(0) } : null;
  return toPersonSummary({ id: row.id, displayName: row.displayName, jobTitle: row.jobTitle, status: row.status, avatarKey: row.avatarKey, department });
}

export function toMember(row: MemberRow): GroupMember {
  return { person: toPerson(row), role: row.role, joinedAt: new Date(row.joinedAt).toISOString() };
}

export function toJoinRequest(row: PersonRow & { message: string | null; requestedAt: Date }): JoinRequest {
  return { person: toPerson(row), message: row.message, requestedAt: new Date(row.requestedAt).toISOString() };
}

/** Departments of several groups, keyed by group id. */
export function departmentsByGroup(rows: DepartmentRow[]): Map<string, DepartmentRef[]> {
  const byGroup = new Map<string, DepartmentRef[]>();
  for (const row of rows) {
    const list = byGroup.get(row.groupId) ?? [];
    list.push({ id: row.id, name: row.name, slug: row.slug });
    byGroup.set(row.groupId, list);
  }
  return byGroup;
}

export function toGroupSummary(row: GroupRow, departments: DepartmentRef[], markdown: MarkdownService): GroupSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    summary: markdown.toPlainText(row.description, SUMMARY_LENGTH),
    type: row.visibility,
    archived: row.archivedAt !== null,
    memberCount: row.memberCount,
    departments,
    myRole: row.myRole,
    requestPending: row.requestPending,
  };
}

export function toGroupDetail(row: GroupRow, departments: DepartmentRef[], can: GroupDetail['can'], markdown: MarkdownService): GroupDetail {
  return {
    ...toGroupSummary(row, departments, markdown),
    description: row.description,
    descriptionHtml: markdown.render(row.description),
    purpose: row.purpose,
    houseRules: row.houseRules,
    houseRulesHtml: markdown.render(row.houseRules),
    settings: { postingPermission: row.postingPermission, allowAnonymousPosts: row.allowAnonymousPosts, membersCanInvite: row.membersCanInvite },
    linkedScimGroupId: can.manage ? row.linkedScimGroupId : null,
    createdAt: new Date(row.createdAt).toISOString(),
    can,
  };
}

import { Injectable } from '@nestjs/common';
import type { BulkAddReport, BulkAddRequest } from '@moot/contracts';
import { GroupAccessService } from './group-access.service';
import type { GroupActor } from './group-actor';
import { GroupMembershipRepository } from './group-membership.repository';
import { GroupException } from './group.exception';
import { toPerson } from './group.mapper';
import { GroupRepository } from './group.repository';

const MAX_EMAILS = 5000;
const SEPARATORS = /[\s,;]+/;
/** A CSV column header, not an address. */
const HEADERS = new Set(['email', 'e-mail', 'emailaddress', 'email address', 'mail']);

/** Splits pasted text or a CSV column into distinct, lower-cased addresses (quotes and <> stripped). */
export function parseEmails(text: string): string[] {
  const tokens = text
    .split(SEPARATORS)
    .map((token) => token.replace(/^["'<]+|["'>]+$/g, '').trim().toLowerCase())
    .filter((token) => token.length > 0 && !HEADERS.has(token));
  return [...new Set(tokens)];
}

/** Adds many people at once (a department, or a list of emails), previewing first. */
@Injectable()
export class GroupBulkAddService {
  constructor(
    private readonly groups: GroupRepository,
    private readonly memberships: GroupMembershipRepository,
    private readonly access: GroupAccessService,
  ) {}

  async bulkAdd(idOrSlug: string, input: BulkAddRequest, actor: GroupActor): Promise<BulkAddReport> {
    const row = await this.access.permitted(idOrSlug, actor, 'manage');
    const hasEmails = input.emails !== undefined && input.emails.trim() !== '';
    if (hasEmails === Boolean(input.departmentId)) throw GroupException.invalid('emails', 'or departmentId must be given (one of them, not both)');

    let userIds: string[];
    let notFound: string[] = [];
    if (input.departmentId) {
      if ((await this.groups.existingDepartmentIds([input.departmentId])).length === 0) throw GroupException.invalid('departmentId', 'names no department');
      userIds = await this.memberships.activeUserIdsInDepartment(input.departmentId);
    } else {
      const emails = parseEmails(input.emails ?? '');
      if (emails.length > MAX_EMAILS) throw GroupException.invalid('emails', `may list at most ${MAX_EMAILS} addresses at a time`);
      const found = await this.memberships.activeUsersByEmail(emails);
      const matched = new Set(found.map((user) => user.email));
      userIds = found.map((user) => user.id);
      notFound = emails.filter((email) => !matched.has(email));
    }

    const people = await this.memberships.peopleWithMembership(row.id, userIds);
    const toAdd = people.filter((person) => !person.isMember);
    const alreadyMembers = people.filter((person) => person.isMember);
    if (!input.preview && toAdd.length > 0) {
      await this.memberships.addMembers(null, row.id, toAdd.map((person) => person.id));
      await this.access.auditIfAdmin(actor, row, 'bulk_add', { added: toAdd.length, departmentId: input.departmentId ?? null });
    }
    return { toAdd: toAdd.map(toPerson), alreadyMembers: alreadyMembers.map(toPerson), notFound, applied: !input.preview };
  }
}

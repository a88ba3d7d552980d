import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ElectionPeriod, ElectionPeriodsResponse } from '@moot/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService, type GroupAccessFacts, type Viewer } from '../authorization/authorization.service';
import type { GroupActor } from '../groups/group-actor';
import type { GroupRole } from '../groups/group-membership.entity';
import type { GroupVisibility } from '../groups/group.entity';
import { UUID_PATTERN } from '../posts/post-row';
import type { CreateElectionPeriodDto, UpdateElectionPeriodDto } from './dto/moderation-requests.dto';
import { ModerationException } from './moderation.exception';

interface PeriodRow {
  id: string;
  groupId: string | null;
  groupSlug: string | null;
  groupName: string | null;
  label: string;
  startsAt: Date;
  endsAt: Date;
  holdForReview: boolean;
  active: boolean;
}

interface GroupRow {
  id: string;
  visibility: GroupVisibility;
  viewerRole: GroupRole | null;
  invited: boolean;
}

const PERIOD_SQL = `
  SELECT e.id, e.group_id AS "groupId", g.slug AS "groupSlug", g.name AS "groupName", e.label, e.starts_at AS "startsAt",
    e.ends_at AS "endsAt", e.hold_for_review AS "holdForReview", (e.starts_at <= now() AND e.ends_at > now()) AS active
  FROM election_periods e LEFT JOIN groups g ON g.id = e.group_id`;

function toView(row: PeriodRow): ElectionPeriod {
  return {
    id: row.id,
    group: row.groupId && row.groupSlug && row.groupName ? { id: row.groupId, slug: row.groupSlug, name: row.groupName } : null,
    label: row.label,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    holdForReview: row.holdForReview,
    active: row.active,
  };
}

const facts = (group: GroupRow): GroupAccessFacts => ({ visibility: group.visibility, viewerRole: group.viewerRole, viewerInvited: group.invited });

/** Election ("purdah") periods: site-wide ones by site admins, a group's by its managers. Changes are audited. */
@Injectable()
export class ElectionPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authorization: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  /** A group's periods (and the site-wide ones), or without a group: those the viewer manages and the site-wide ones. */
  async list(viewer: Viewer, groupId: string | undefined): Promise<ElectionPeriodsResponse> {
    if (groupId) {
      const group = await this.visibleGroup(viewer, groupId);
      const rows: PeriodRow[] = await this.dataSource.query(`${PERIOD_SQL} WHERE e.group_id = $1 OR e.group_id IS NULL ORDER BY e.starts_at DESC, e.id`, [group.id]);
      return { items: rows.map(toView) };
    }
    const rows: PeriodRow[] = await this.dataSource.query(
      `${PERIOD_SQL} WHERE e.group_id IS NULL OR $2::boolean
         OR e.group_id IN (SELECT m.group_id FROM group_memberships m WHERE m.user_id = $1 AND m.role IN ('owner', 'manager'))
       ORDER BY e.starts_at DESC, e.id`,
      [viewer.userId, viewer.role === 'admin'],
    );
    return { items: rows.map(toView) };
  }

  /** The periods in force now for a group (its own and site-wide), or site-wide ones without a group. */
  async current(viewer: Viewer, groupId: string | undefined): Promise<ElectionPeriodsResponse> {
    const group = groupId ? await this.visibleGroup(viewer, groupId) : null;
    const rows: PeriodRow[] = await this.dataSource.query(
      `${PERIOD_SQL} WHERE e.starts_at <= now() AND e.ends_at > now() AND (e.group_id IS NULL OR e.group_id = $1::uuid)
       ORDER BY (e.group_id IS NULL), e.starts_at DESC, e.id`,
      [group?.id ?? null],
    );
    return { items: rows.map(toView) };
  }

  async create(request: CreateElectionPeriodDto, actor: GroupActor): Promise<ElectionPeriod> {
    const group = request.groupId ? await this.visibleGroup(actor.viewer, request.groupId) : null;
    this.requireManager(actor.viewer, group);
    const startsAt = new Date(request.startsAt);
    const endsAt = new Date(request.endsAt);
    if (endsAt.getTime() <= startsAt.getTime()) throw ModerationException.invalid('endsAt', 'must be after startsAt');
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO election_periods (group_id, label, starts_at, ends_at, hold_for_review, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
      [group?.id ?? null, request.label.trim(), startsAt, endsAt, request.holdForReview, actor.viewer.userId],
    );
    await this.record(actor, 'create', row.id, group, { label: request.label.trim(), startsAt: request.startsAt, endsAt: request.endsAt, holdForReview: request.holdForReview });
    return this.find(row.id);
  }

  async update(id: string, request: UpdateElectionPeriodDto, actor: GroupActor): Promise<ElectionPeriod> {
    const { row, group } = await this.manageable(id, actor.viewer);
    const startsAt = request.startsAt ? new Date(request.startsAt) : row.startsAt;
    const endsAt = request.endsAt ? new Date(request.endsAt) : row.endsAt;
    if (endsAt.getTime() <= startsAt.getTime()) throw ModerationException.invalid('endsAt', 'must be after startsAt');
    await this.dataSource.query(`UPDATE election_periods SET label = $2, starts_at = $3, ends_at = $4, hold_for_review = $5 WHERE id = $1`, [
      row.id,
      request.label?.trim() ?? row.label,
      startsAt,
      endsAt,
      request.holdForReview ?? row.holdForReview,
    ]);
    await this.record(actor, 'update', row.id, group, { ...request });
    return this.find(row.id);
  }

  async remove(id: string, actor: GroupActor): Promise<void> {
    const { row, group } = await this.manageable(id, actor.viewer);
    await this.dataSource.query(`DELETE FROM election_periods WHERE id = $1`, [row.id]);
    await this.record(actor, 'delete', row.id, group, { label: row.label });
  }

  private async find(id: string): Promise<ElectionPeriod> {
    const rows: PeriodRow[] = await this.dataSource.query(`${PERIOD_SQL} WHERE e.id = $1`, [id]);
    if (!rows[0]) throw ModerationException.periodNotFound();
    return toView(rows[0]);
  }

  /** A period the viewer may change: 404 when they may not see its group, 403 when they may see but not manage it. */
  private async manageable(id: string, viewer: Viewer): Promise<{ row: PeriodRow; group: GroupRow | null }> {
    const rows: PeriodRow[] = UUID_PATTERN.test(id) ? await this.dataSource.query(`${PERIOD_SQL} WHERE e.id = $1`, [id]) : [];
    const row = rows[0];
    if (!row) throw ModerationException.periodNotFound();
    const group = row.groupId ? await this.visibleGroup(viewer, row.groupId).catch(() => Promise.reject(ModerationException.periodNotFound())) : null;
    this.requireManager(viewer, group);
    return { row, group };
  }

  private requireManager(viewer: Viewer, group: GroupRow | null): void {
    if (!this.authorization.canManageElectionPeriods(viewer, group ? facts(group) : null)) {
      throw ModerationException.forbidden(group ? "manage this group's election periods (its managers do)" : 'manage site-wide election periods (site admins do)');
    }
  }

  private async visibleGroup(viewer: Viewer, groupId: string): Promise<GroupRow> {
    const rows: GroupRow[] = UUID_PATTERN.test(groupId)
      ? await this.dataSource.query(
          `SELECT g.id, g.visibility, (SELECT m.role FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = $2) AS "viewerRole",
             EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $2) AS invited
           FROM groups g WHERE g.id = $1`,
          [groupId, viewer.userId],
        )
      : [];
    const group = rows[0];
    if (!group || !this.authorization.canSeeGroup(viewer, facts(group))) throw ModerationException.groupNotFound();
    return group;
  }

  private async record(actor: GroupActor, verb: string, id: string, group: GroupRow | null, details: Record<string, unknown>): Promise<void> {
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: `election_period.${verb}`,
      target: { type: 'election_period', id },
      details: { groupId: group?.id ?? null, actsAsAdmin: group ? this.authorization.actsAsAdmin(actor.viewer, facts(group)) : false, ...details },
    });
  }
}

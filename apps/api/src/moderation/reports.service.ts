import { Injectable } from '@nestjs/common';
import type { ReportReceipt } from '@moot/contracts';
import { AuthorizationService, type Viewer } from '../authorization/authorization.service';
import type { CreateReportDto } from './dto/moderation-requests.dto';
import { ModerationCasesRepository } from './moderation-cases.repository';
import { ModerationException } from './moderation.exception';
import { ModerationTargetsRepository, type TargetRow } from './moderation-targets.repository';
import { excerptOf } from './moderation-views.service';

/**
 * Reports from anyone who can see the thing reported. Reports on the same content merge into its
 * one live case (one report per person); the reporter is named to moderators only.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly cases: ModerationCasesRepository,
    private readonly targets: ModerationTargetsRepository,
    private readonly authorization: AuthorizationService,
  ) {}

  async report(viewer: Viewer, request: CreateReportDto): Promise<ReportReceipt> {
    const target = await this.targets.find(request.targetType, request.targetId, viewer.userId);
    if (!target || !this.maySee(viewer, target)) throw ModerationException.targetNotFound();
    const details = request.details?.trim() || null;
    return this.cases.transaction(async (manager) => {
      const live = await this.cases.liveCaseForReport(manager, {
        type: target.type,
        id: target.id,
        postId: target.postId,
        // Profile content (profile posts, profiles) is moderated by site admins only.
        groupId: target.groupId,
        writerId: target.writerId,
        excerptHtml: excerptOf(target, ''),
      });
      await this.cases.addReport(manager, live.id, viewer.userId, request.reason, details);
      return { caseId: live.id, merged: !live.created };
    });
  }

  /** The same rules as reading it directly: a hidden, deleted or moderated thing is "not found". */
  private maySee(viewer: Viewer, target: TargetRow): boolean {
    if (target.deleted) return false;
    if (target.type === 'profile') return true;
    const group = target.groupId && target.visibility ? { visibility: target.visibility, viewerRole: target.viewerRole } : null;
    if (group && !this.authorization.canSeeGroupContent(viewer, group)) return false;
    if (!this.authorization.canSeeModerated(viewer, target.state, target.type === 'attachment' ? null : target.authorId)) return false;
    if (target.postState !== null && !this.authorization.canSeeModerated(viewer, target.postState, target.postAuthorId)) return false;
    return target.replyState === null || this.authorization.canSeeModerated(viewer, target.replyState, target.replyAuthorId);
  }
}

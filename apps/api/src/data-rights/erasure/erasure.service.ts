import { Injectable } from '@nestjs/common';
import type { ErasureCandidatesResponse, ErasurePreview, ErasureRequest, ErasureResult } from '@moot/contracts';
import { AuditActor, AuditOrigin, AuditService } from '../../audit/audit.service';
import { SessionService } from '../../auth/sessions/session.service';
import { isPersonId } from '../../people/person-id';
import { FileStorage } from '../../storage/file-storage';
import { ContentRemovalRepository } from '../content-removal.repository';
import { DataRightsException } from '../data-rights.exception';
import { ErasureRepository } from './erasure.repository';

export interface ErasureContext {
  actor: AuditActor;
  origin: AuditOrigin;
}

/**
 * Erasure of a person's personal data at their request (UK GDPR article 17). The users row stays,
 * blanked, so kept content and the audit log can still point at an id; everything that says who
 * they were goes. Mentions of them in colleagues' posts are colleagues' words and are left alone.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly repository: ErasureRepository,
    private readonly content: ContentRemovalRepository,
    private readonly sessions: SessionService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async candidates(q: string): Promise<ErasureCandidatesResponse> {
    return { items: await this.repository.search(q.trim()) };
  }

  async preview(personId: string): Promise<ErasurePreview> {
    const person = isPersonId(personId) ? await this.repository.find(personId) : null;
    if (!person) throw DataRightsException.personNotFound();
    return {
      person: { id: person.id, displayName: person.displayName, email: person.email, jobTitle: person.jobTitle },
      erasedAt: person.erasedAt?.toISOString() ?? null,
      ...(await this.repository.counts(person.id)),
    };
  }

  async erase(personId: string, request: ErasureRequest, context: ErasureContext): Promise<ErasureResult> {
    if (!isPersonId(personId)) throw DataRightsException.personNotFound();
    if (personId === context.actor.userId) throw DataRightsException.cannotEraseSelf();
    const outcome = await this.repository.transaction(async (manager) => {
      // The row lock makes two admins erasing at once run one after the other; the second gets 409.
      const person = await this.repository.find(personId, manager, true);
      if (!person) throw DataRightsException.personNotFound();
      if (person.erasedAt) throw DataRightsException.alreadyErased();
      if (person.email !== request.confirmEmail.trim().toLowerCase()) throw DataRightsException.confirmEmailMismatch();
      let posts = 0;
      let replies = 0;
      const attachmentIds: string[] = [];
      if (request.content === 'remove') {
        const removedPosts = await this.content.removePosts(manager, await this.repository.postIdsOf(manager, personId));
        const removedReplies = await this.content.removeReplies(manager, await this.repository.replyIdsOf(manager, personId));
        await this.repository.removeReactionsAndVotes(manager, personId);
        await this.repository.removeModerationCasesAbout(manager, personId);
        posts = removedPosts.posts;
        replies = removedPosts.replies + removedReplies.replies;
        attachmentIds.push(...removedPosts.attachmentIds, ...removedReplies.attachmentIds);
      }
      attachmentIds.push(...(await this.repository.removeUnclaimedUploads(manager, personId)));
      await this.repository.scrub(manager, personId);
      return { avatarKey: person.avatarKey, posts, replies, attachmentIds };
    });
    // Files and sessions go once the rows have: a failed transaction must leave everything as it was.
    const filesRemoved = await this.content.deleteFiles(outcome.attachmentIds);
    if (outcome.avatarKey) await this.storage.deletePrefix(`${outcome.avatarKey}/`);
    const sessionsEnded = await this.sessions.endAllForUser(personId, 'deactivated');
    const erasedAt = await this.repository.erasedAt(personId);
    // The audit row names the person by id only: their email and name are exactly what was erased.
    await this.audit.record({
      actor: context.actor,
      origin: context.origin,
      action: 'person.erase',
      target: { type: 'user', id: personId },
      details: {
        reason: request.reason.trim(),
        content: request.content,
        postsRemoved: outcome.posts,
        repliesRemoved: outcome.replies,
        filesRemoved,
        sessionsEnded,
        avatarRemoved: outcome.avatarKey !== null,
      },
    });
    return { personId, content: request.content, postsRemoved: outcome.posts, repliesRemoved: outcome.replies, filesRemoved, erasedAt: erasedAt.toISOString() };
  }
}

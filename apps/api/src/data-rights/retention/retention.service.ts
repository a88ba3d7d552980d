import { Injectable, Logger } from '@nestjs/common';
import type { CreateRetentionPolicyRequest, RetentionPoliciesResponse, RetentionPolicy, RetentionPreview } from '@moot/contracts';
import { AuditActor, AuditOrigin, AuditService, SYSTEM_ACTOR } from '../../audit/audit.service';
import { isPersonId as isUuid } from '../../people/person-id';
import { ContentRemovalRepository } from '../content-removal.repository';
import { DataRightsException } from '../data-rights.exception';
import { RetentionPolicyRow, RetentionRepository } from './retention.repository';

export interface RetentionContext {
  actor: AuditActor;
  origin: AuditOrigin;
}

export interface RetentionRunResult {
  policies: number;
  postsDeleted: number;
}

/** Posts deleted per transaction: small enough to keep locks short, big enough to finish. */
export const RETENTION_BATCH_SIZE = 200;
const DAY_MS = 86_400_000;

const cutoffOf = (maxAgeDays: number, now: Date): Date => new Date(now.getTime() - maxAgeDays * DAY_MS);

function toView(row: RetentionPolicyRow): RetentionPolicy {
  return {
    id: row.id,
    group: row.groupId ? { id: row.groupId, slug: row.groupSlug!, name: row.groupName! } : null,
    maxAgeDays: row.maxAgeDays,
    createdAt: row.createdAt.toISOString(),
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    lastRunDeleted: row.lastRunDeleted,
  };
}

/**
 * Retention policies: posts older than a limit, in chosen groups or on profiles, are deleted with
 * everything hanging off them. Pinned posts are kept: pinning is a group's way of saying "this
 * stays in view", and a manager can unpin one to let the policy take it.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly repository: RetentionRepository,
    private readonly content: ContentRemovalRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RetentionPoliciesResponse> {
    return { items: (await this.repository.list()).map(toView) };
  }

  async create(request: CreateRetentionPolicyRequest, context: RetentionContext): Promise<RetentionPolicy> {
    const groupId = request.groupId ?? null;
    if (groupId && !(await this.repository.groupExists(groupId))) throw DataRightsException.invalidPolicy('groupId', 'there is no such group');
    if (await this.repository.hasPolicyFor(groupId)) {
      throw DataRightsException.invalidPolicy('groupId', groupId ? 'this group already has a retention policy: change that one' : 'profile posts already have a retention policy: change that one');
    }
    let id: string;
    try {
      id = await this.repository.insert(groupId, request.maxAgeDays);
    } catch (error) {
      // Another admin added one for the same group in between.
      if ((error as { code?: string }).code === '23505') throw DataRightsException.invalidPolicy('groupId', 'this group already has a retention policy');
      throw error;
    }
    await this.audit.record({ ...context, action: 'retention.create', target: { type: 'retention_policy', id }, details: { groupId, maxAgeDays: request.maxAgeDays } });
    return toView((await this.repository.find(id))!);
  }

  async update(id: string, maxAgeDays: number, context: RetentionContext): Promise<RetentionPolicy> {
    const before = await this.get(id);
    if (!(await this.repository.updateMaxAge(id, maxAgeDays))) throw DataRightsException.policyNotFound();
    await this.audit.record({
      ...context,
      action: 'retention.update',
      target: { type: 'retention_policy', id },
      details: { groupId: before.groupId, from: before.maxAgeDays, to: maxAgeDays },
    });
    return toView((await this.repository.find(id))!);
  }

  async delete(id: string, context: RetentionContext): Promise<void> {
    const before = await this.get(id);
    if (!(await this.repository.delete(id))) throw DataRightsException.policyNotFound();
    await this.audit.record({ ...context, action: 'retention.delete', target: { type: 'retention_policy', id }, details: { groupId: before.groupId, maxAgeDays: before.maxAgeDays } });
  }

  async preview(id: string, now: Date = new Date()): Promise<RetentionPreview> {
    const policy = await this.get(id);
    const { postsToDelete, oldestPostAt } = await this.repository.preview(policy.groupId, cutoffOf(policy.maxAgeDays, now));
    return { postsToDelete, oldestPostAt: oldestPostAt?.toISOString() ?? null };
  }

  /** Every policy once (the daily job). A policy another instance is running is skipped. */
  async runAll(now: Date = new Date()): Promise<RetentionRunResult> {
    const result: RetentionRunResult = { policies: 0, postsDeleted: 0 };
    for (const policy of await this.repository.list()) {
      if (!(await this.repository.claim(policy.id))) continue;
      try {
        const deleted = await this.runOne(policy, now);
        result.policies += 1;
        result.postsDeleted += deleted.posts;
        await this.repository.finish(policy.id, deleted.posts);
        await this.audit.record({
          actor: SYSTEM_ACTOR,
          action: 'retention.run',
          target: { type: 'retention_policy', id: policy.id },
          details: { groupId: policy.groupId, maxAgeDays: policy.maxAgeDays, postsDeleted: deleted.posts, repliesDeleted: deleted.replies, filesDeleted: deleted.files },
        });
      } catch (error) {
        // One failing policy must not stop the others; the next daily run retries it.
        await this.repository.release(policy.id);
        this.logger.error(`retention policy ${policy.id} failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  private async runOne(policy: RetentionPolicyRow, now: Date): Promise<{ posts: number; replies: number; files: number }> {
    const cutoff = cutoffOf(policy.maxAgeDays, now);
    const total = { posts: 0, replies: 0, files: 0 };
    for (;;) {
      const removed = await this.repository.transaction(async (manager) =>
        this.content.removePosts(manager, await this.repository.nextBatch(manager, policy.groupId, cutoff, RETENTION_BATCH_SIZE)),
      );
      total.posts += removed.posts;
      total.replies += removed.replies;
      total.files += await this.content.deleteFiles(removed.attachmentIds);
      if (removed.posts < RETENTION_BATCH_SIZE) return total;
    }
  }

  private async get(id: string): Promise<RetentionPolicyRow> {
    const policy = isUuid(id) ? await this.repository.find(id) : null;
    if (!policy) throw DataRightsException.policyNotFound();
    return policy;
  }
}

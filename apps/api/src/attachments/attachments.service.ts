import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { AttachmentView } from '@moot/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthorizationService, type Viewer } from '../authorization/authorization.service';
import { FileStorage } from '../storage/file-storage';
import { prepareAttachment } from './attachment-file';
import type { AttachmentEntity } from './attachment.entity';
import { AttachmentException } from './attachment.exception';
import { toAttachmentView } from './attachment.mapper';
import { AttachmentRepository, type AttachmentAccessRow, type ClaimTarget } from './attachment.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ATTACHMENTS_PER_TARGET_MAX = 10;

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/** Uploads (checked by their bytes), their use in posts and replies, and downloads for those who may see them. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly attachments: AttachmentRepository,
    private readonly storage: FileStorage,
    private readonly authorization: AuthorizationService,
    private readonly dataSource: DataSource,
  ) {}

  async upload(uploaderId: string, file: UploadedFile | undefined, altText: string | undefined): Promise<AttachmentView> {
    if (!file) throw AttachmentException.missing();
    const prepared = await prepareAttachment(file.buffer, file.originalname, altText);
    const id = randomUUID();
    const storageKey = `attachments/${id}/original.${prepared.extension}`;
    const thumbnailKey = prepared.thumbnail ? `attachments/${id}/thumbnail.webp` : null;
    try {
      await this.storage.put(storageKey, prepared.data, prepared.contentType);
      if (prepared.thumbnail && thumbnailKey) await this.storage.put(thumbnailKey, prepared.thumbnail, 'image/webp');
      const saved = await this.attachments.insert({
        id,
        uploaderId,
        postId: null,
        replyId: null,
        kind: prepared.kind,
        fileName: prepared.fileName,
        contentType: prepared.contentType,
        size: prepared.data.length,
        altText: prepared.altText,
        storageKey,
        thumbnailKey,
      });
      return toAttachmentView(saved);
    } catch (error) {
      await this.storage.deletePrefix(`attachments/${id}/`).catch(() => undefined);
      throw error;
    }
  }

  /** The file (or its thumbnail) if the viewer may see it: 404 otherwise, exactly like a missing one. */
  async open(viewer: Viewer, id: string, variant: 'original' | 'thumbnail'): Promise<{ attachment: AttachmentEntity; stream: Readable; size: number; contentType: string }> {
    const row = UUID.test(id) ? await this.attachments.findWithAccess(id, viewer.userId) : null;
    if (!row || !this.maySee(viewer, row)) throw AttachmentException.notFound();
    const key = variant === 'original' ? row.attachment.storageKey : row.attachment.thumbnailKey;
    const file = key ? await this.storage.get(key) : null;
    if (!file) throw AttachmentException.notFound();
    return { attachment: row.attachment, stream: file.stream, size: file.size, contentType: variant === 'original' ? row.attachment.contentType : 'image/webp' };
  }

  /**
   * For the posts module: attaches the uploader's own unclaimed uploads to a new post or reply,
   * all or none (400 on `attachmentIds` otherwise). Pass the transaction's manager to take part in it.
   */
  async claim(uploaderId: string, attachmentIds: string[], target: ClaimTarget, manager?: EntityManager): Promise<void> {
    const ids = [...new Set(attachmentIds)];
    if (ids.length === 0) return;
    if (ids.length > ATTACHMENTS_PER_TARGET_MAX || !ids.every((id) => UUID.test(id))) throw AttachmentException.notClaimable();
    const work = async (m: EntityManager): Promise<void> => {
      const claimed = await this.attachments.claim(m, uploaderId, ids, target);
      // Throwing rolls the partial claim back with the transaction.
      if (claimed !== ids.length) throw AttachmentException.notClaimable();
    };
    if (manager?.queryRunner?.isTransactionActive) await work(manager);
    else await (manager ?? this.dataSource.manager).transaction(work);
  }

  /** For the posts module: the attachments of each post (posts without any are absent from the map). */
  async viewsFor(postIds: string[]): Promise<Map<string, AttachmentView[]>> {
    const byPost = new Map<string, AttachmentView[]>();
    if (postIds.length === 0) return byPost;
    for (const attachment of await this.attachments.findByPosts(postIds)) {
      const views = byPost.get(attachment.postId!) ?? [];
      views.push(toAttachmentView(attachment));
      byPost.set(attachment.postId!, views);
    }
    return byPost;
  }

  /** Deletes uploads never used in a post or reply within `maxAgeMs`; returns how many. */
  async purgeUnclaimed(maxAgeMs: number): Promise<number> {
    const ids = await this.attachments.deleteUnclaimedBefore(new Date(Date.now() - maxAgeMs));
    for (const id of ids) await this.storage.deletePrefix(`attachments/${id}/`);
    return ids.length;
  }

  /** Unclaimed: the uploader only. Claimed: whoever may see the post (and the reply is not deleted); a moderated file: nobody. */
  private maySee(viewer: Viewer, row: AttachmentAccessRow): boolean {
    if (row.attachment.moderationState !== 'published') return false;
    if (!row.post) return row.attachment.uploaderId === viewer.userId;
    if (row.post.deleted || row.replyDeleted || !row.parentVisible) return false;
    if (row.post.groupId === null) return true;
    if (!row.post.visibility) return false;
    return this.authorization.canSeeGroupContent(viewer, { visibility: row.post.visibility, viewerRole: row.post.viewerRole });
  }
}

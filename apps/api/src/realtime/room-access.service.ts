import { Injectable } from '@nestjs/common';
import type { RoomRef } from '@moot/contracts';
import type { Viewer } from '../authorization/authorization.service';
import { GroupAccessService } from '../groups/group-access.service';
import { GroupException } from '../groups/group.exception';
import { RealtimeRepository } from './realtime.repository';
import { groupRoom, postRoom, topicRoom } from './realtime.types';

export interface RoomGrant {
  room: string;
  groupId: string | null;
}

const TOPIC = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,79}$/u;

/**
 * Decides whether a socket may join a room, with the same checks as the REST reads behind it:
 * a group room needs the group's content (as `GET /api/groups/:id` shows it), a post room the
 * post, a topic room only a signed-in, active person (topic events carry ids; REST filters).
 */
@Injectable()
export class RoomAccessService {
  constructor(
    private readonly groupAccess: GroupAccessService,
    private readonly repository: RealtimeRepository,
  ) {}

  /** The canonical socket room for `ref` if the person may join it, else null (answered as 404). */
  async roomFor(userId: string, ref: unknown): Promise<string | null> {
    return (await this.grantFor(userId, ref))?.room ?? null;
  }

  /**
   * The room for `ref` and the group whose content it shows (a group room's own group, a group
   * post's group; null for profile posts and topics) if the person may join it, else null.
   */
  async grantFor(userId: string, ref: unknown): Promise<RoomGrant | null> {
    if (!isRoomRef(ref)) return null;
    const role = await this.repository.activeRole(userId);
    if (!role) return null;
    const viewer: Viewer = { userId, role };
    switch (ref.kind) {
      case 'group': {
        const groupId = await this.readableGroupId(viewer, ref.id);
        return groupId ? { room: groupRoom(groupId), groupId } : null;
      }
      case 'post': {
        const post = await this.repository.visiblePost(ref.id, userId);
        return post ? { room: postRoom(ref.id.toLowerCase()), groupId: post.groupId } : null;
      }
      case 'topic': {
        const slug = ref.id.trim().toLowerCase();
        return TOPIC.test(slug) ? { room: topicRoom(slug), groupId: null } : null;
      }
    }
  }

  /** Whether the person (still) may read the group's content: the check behind its group and post rooms. */
  async mayReadGroup(userId: string, groupId: string): Promise<boolean> {
    return (await this.roomFor(userId, { kind: 'group', id: groupId })) !== null;
  }

  private async readableGroupId(viewer: Viewer, idOrSlug: string): Promise<string | null> {
    try {
      // Reads need only the viewer; the audit fields are for admin changes, which this is not.
      const row = await this.groupAccess.withContent(idOrSlug, { viewer, departmentId: null, audit: { userId: viewer.userId, label: 'socket' }, origin: {} });
      return row.id;
    } catch (error) {
      if (error instanceof GroupException) return null;
      throw error;
    }
  }
}

function isRoomRef(value: unknown): value is RoomRef {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, id } = value as Record<string, unknown>;
  return (kind === 'group' || kind === 'post' || kind === 'topic') && typeof id === 'string' && id.length > 0 && id.length <= 200;
}

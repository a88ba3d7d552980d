import { Injectable } from '@nestjs/common';
import type { RoomRef } from '@moot/contracts';
import type { Viewer } from '../authorization/authorization.service';
import { GroupAccessService } from '../groups/group-access.service';
import { GroupException } from '../groups/group.exception';
import { RealtimeRepository } from './realtime.repository';
import { groupRoom, postRoom, topicRoom } from './realtime.types';

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
    if (!isRoomRef(ref)) return null;
    const role = await this.repository.activeRole(userId);
    if (!role) return null;
    const viewer: Viewer = { userId, role };
    switch (ref.kind) {
      case 'group':
        return this.groupRoomFor(viewer, ref.id);
      case 'post':
        return (await this.repository.canSeePost(ref.id, userId)) ? postRoom(ref.id.toLowerCase()) : null;
      case 'topic': {
        const slug = ref.id.trim().toLowerCase();
        return TOPIC.test(slug) ? topicRoom(slug) : null;
      }
    }
  }

  private async groupRoomFor(viewer: Viewer, idOrSlug: string): Promise<string | null> {
    try {
      // Reads need only the viewer; the audit fields are for admin changes, which this is not.
      const row = await this.groupAccess.withContent(idOrSlug, { viewer, departmentId: null, audit: { userId: viewer.userId, label: 'socket' }, origin: {} });
      return groupRoom(row.id);
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

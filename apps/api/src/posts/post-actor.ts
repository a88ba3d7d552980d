import type { GroupActor } from '../groups/group-actor';
import { groupActorOf } from '../groups/group-actor';
import type { RequestWithAuth } from '../auth/auth-context';

/** Who is acting on a post: the viewer, plus what the audit log needs for admin actions. */
export type PostActor = GroupActor;

export function postActorOf(request: RequestWithAuth): PostActor {
  return groupActorOf(request);
}

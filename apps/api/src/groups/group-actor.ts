import type { AuditActor, AuditOrigin } from '../audit/audit.service';
import { auditActorOf, auditOriginOf, type RequestWithAuth } from '../auth/auth-context';
import { AuthException } from '../auth/auth.exception';
import type { Viewer } from '../authorization/authorization.service';

/** Who is acting on a group, and what the audit log needs if they act as a site admin. */
export interface GroupActor {
  viewer: Viewer;
  departmentId: string | null;
  audit: AuditActor;
  origin: AuditOrigin;
}

export function groupActorOf(request: RequestWithAuth): GroupActor {
  const user = request.auth?.user;
  if (!user) throw AuthException.unauthenticated();
  return {
    viewer: { userId: user.id, role: user.role },
    departmentId: user.departmentId,
    audit: auditActorOf(request),
    origin: auditOriginOf(request),
  };
}

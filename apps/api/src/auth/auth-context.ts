import type { Request } from 'express';
import type { SessionUser } from '@moot/contracts';
import type { SessionEntity } from './sessions/session.entity';
import type { UserEntity } from '../users/user.entity';
import type { AuditActor, AuditOrigin } from '../audit/audit.service';

/** What the auth middleware attaches to a request with a live session. */
export interface AuthContext {
  user: UserEntity;
  session: SessionEntity;
  /** The raw cookie token, needed to end this session. */
  token: string;
}

export type RequestWithAuth = Request & { auth?: AuthContext };

export function toSessionUser(user: UserEntity): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    department: user.department?.name ?? null,
    role: user.role,
  };
}

export function auditActorOf(request: RequestWithAuth): AuditActor {
  return request.auth ? { userId: request.auth.user.id, label: request.auth.user.email } : { userId: null, label: 'anonymous' };
}

export function auditOriginOf(request: Request): AuditOrigin {
  return { ip: request.ip ?? null, userAgent: request.get('user-agent') ?? null };
}

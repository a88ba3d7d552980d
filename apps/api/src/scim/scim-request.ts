import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { auditOriginOf } from '../auth/auth-context';
import type { AuditActor, AuditOrigin } from '../audit/audit.service';
import { ScimException } from './scim.exception';
import type { ScimClient } from './scim-token.service';

export type ScimRequest = Request & { scimClient?: ScimClient };

/** Who a SCIM change is recorded against in the audit log, and from where. */
export interface ScimCaller {
  actor: AuditActor;
  origin: AuditOrigin;
}

export const CurrentScimCaller = createParamDecorator((_data: unknown, context: ExecutionContext): ScimCaller => {
  const request = context.switchToHttp().getRequest<ScimRequest>();
  if (!request.scimClient) throw ScimException.unauthorized();
  return { actor: { userId: null, label: `scim:${request.scimClient.name}` }, origin: auditOriginOf(request) };
});

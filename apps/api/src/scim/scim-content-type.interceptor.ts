import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { SCIM_CONTENT_TYPE } from './scim.constants';

/** SCIM responses are `application/scim+json` (RFC 7644 §3.1); Express keeps a type set before `json()`. */
@Injectable()
export class ScimContentTypeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    context.switchToHttp().getResponse<Response>().setHeader('Content-Type', `${SCIM_CONTENT_TYPE}; charset=utf-8`);
    return next.handle();
  }
}

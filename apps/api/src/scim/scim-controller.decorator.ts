import { applyDecorators, Controller, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public, SkipCsrf } from '../auth/auth.decorators';
import { ScimBearerGuard } from './scim-bearer.guard';
import { ScimContentTypeInterceptor } from './scim-content-type.interceptor';
import { ScimExceptionFilter } from './scim-exception.filter';

/**
 * A controller under `/scim/v2` (outside the `api` prefix): no session or CSRF token, but a
 * SCIM bearer token; SCIM content type and SCIM error bodies.
 */
export function ScimController(resource: string, options: { authenticated?: boolean } = {}): ClassDecorator {
  const decorators = [
    Controller(resource ? `scim/v2/${resource}` : 'scim/v2'),
    ApiTags('scim'),
    Public(),
    SkipCsrf(),
    UseFilters(ScimExceptionFilter),
    UseInterceptors(ScimContentTypeInterceptor),
  ];
  if (options.authenticated !== false) decorators.push(UseGuards(ScimBearerGuard), ApiBearerAuth());
  return applyDecorators(...decorators);
}

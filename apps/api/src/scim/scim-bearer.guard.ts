import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ScimException } from './scim.exception';
import { ScimRequest } from './scim-request';
import { ScimTokenService } from './scim-token.service';

/** SCIM endpoints take `Authorization: Bearer <token>` from an admin-issued, unrevoked token. */
@Injectable()
export class ScimBearerGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ScimRequest>();
    const client = await this.tokens.authenticate(request.get('authorization'));
    if (!client) throw ScimException.unauthorized();
    request.scimClient = client;
    return true;
  }
}

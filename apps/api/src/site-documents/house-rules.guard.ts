import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { RequestWithAuth } from '../auth/auth-context';
import { needsHouseRules } from './house-rules-routes';
import { SiteDocumentException } from './site-document.exception';
import { SiteDocumentsService } from './site-documents.service';

/**
 * Global guard: refuses the content writes in {@link needsHouseRules} with 403
 * HOUSE_RULES_NOT_ACCEPTED until the person accepts the current house rules. Requests without
 * a session are left to the auth guard (401).
 */
@Injectable()
export class HouseRulesGuard implements CanActivate {
  constructor(private readonly documents: SiteDocumentsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithAuth & { route?: { path?: string } }>();
    if (!request.auth || !needsHouseRules(request.method, request.route?.path)) return true;
    if (await this.documents.mustAccept(request.auth.user.id)) throw SiteDocumentException.notAccepted();
    return true;
  }
}

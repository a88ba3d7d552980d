import { Body, Controller, Get, HttpCode, HttpStatus, Param, PipeTransform, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SITE_DOCUMENT_KINDS, type PreviewResponse, type SiteDocumentHistory, type SiteDocumentKind, type SiteDocumentVersion, type SiteDocumentView } from '@moot/contracts';
import { auditActorOf, auditOriginOf, type RequestWithAuth } from '../auth/auth-context';
import { AdminOnly } from '../auth/auth.decorators';
import { AuthException } from '../auth/auth.exception';
import { AcceptHouseRulesDto, PreviewSiteDocumentDto, PublishSiteDocumentDto } from './dto/site-document.dto';
import { SiteDocumentException } from './site-document.exception';
import { SiteDocumentActor, SiteDocumentsService } from './site-documents.service';

/** An unknown kind is a missing document. */
class SiteDocumentKindPipe implements PipeTransform<string, SiteDocumentKind> {
  transform(value: string): SiteDocumentKind {
    if (!(SITE_DOCUMENT_KINDS as readonly string[]).includes(value)) throw SiteDocumentException.notFound();
    return value as SiteDocumentKind;
  }
}

function actorOf(request: RequestWithAuth): SiteDocumentActor {
  const user = request.auth?.user;
  if (!user) throw AuthException.unauthenticated();
  return { userId: user.id, isAdmin: user.role === 'admin', audit: auditActorOf(request), origin: auditOriginOf(request) };
}

/** The house rules and moderation policy: read by everyone signed in, published by site admins. */
@ApiTags('site-documents')
@ApiCookieAuth('moot_session')
@Controller('site-documents')
export class SiteDocumentsController {
  constructor(private readonly documents: SiteDocumentsService) {}

  @Post('preview')
  @AdminOnly()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Renders markdown as a published version would be rendered, without saving it (admins).' })
  preview(@Body() body: PreviewSiteDocumentDto): PreviewResponse {
    return this.documents.preview(body.body);
  }

  @Post('house_rules/acceptances')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Accepts the current house rules (409 when the version sent is not the current one).' })
  accept(@Body() body: AcceptHouseRulesDto, @Req() request: RequestWithAuth): Promise<void> {
    return this.documents.accept(body.version, actorOf(request));
  }

  @Get(':kind')
  @ApiOperation({ summary: 'The current version (404 when none has been published).' })
  current(@Param('kind', SiteDocumentKindPipe) kind: SiteDocumentKind, @Req() request: RequestWithAuth): Promise<SiteDocumentView> {
    return this.documents.current(kind, actorOf(request));
  }

  @Get(':kind/versions')
  @ApiOperation({ summary: 'Every published version, newest first (markdown source for admins only).' })
  history(@Param('kind', SiteDocumentKindPipe) kind: SiteDocumentKind, @Req() request: RequestWithAuth): Promise<SiteDocumentHistory> {
    return this.documents.history(kind, actorOf(request));
  }

  @Post(':kind/versions')
  @AdminOnly()
  @ApiOperation({ summary: 'Publishes a new version (admins; audited). A material change asks everyone to accept again.' })
  publish(@Param('kind', SiteDocumentKindPipe) kind: SiteDocumentKind, @Body() body: PublishSiteDocumentDto, @Req() request: RequestWithAuth): Promise<SiteDocumentVersion> {
    return this.documents.publish(kind, body, actorOf(request));
  }
}

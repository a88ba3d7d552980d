import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/auth.decorators';
import { auditActorOf, auditOriginOf, type RequestWithAuth } from '../auth/auth-context';
import { IssueScimTokenDto } from './dto/issue-scim-token.dto';
import { type ScimTokenSummary, toScimTokenSummary } from './dto/scim-token.response';
import { type IssuedScimToken, ScimTokenService } from './scim-token.service';

/** Admins issue a bearer token per SCIM client (e.g. one per identity provider) and revoke it. */
@ApiTags('admin')
@AdminOnly()
@Controller('admin/scim-tokens')
export class ScimTokensController {
  constructor(private readonly tokens: ScimTokenService) {}

  @Get()
  @ApiOperation({ summary: 'SCIM tokens, newest first (the secret is never shown again).' })
  async list(): Promise<ScimTokenSummary[]> {
    return (await this.tokens.list()).map(toScimTokenSummary);
  }

  @Post()
  @ApiOperation({ summary: 'Issues a SCIM bearer token; the response is the only time the token is shown.' })
  issue(@Body() body: IssueScimTokenDto, @Req() request: RequestWithAuth): Promise<IssuedScimToken> {
    return this.tokens.issue(body.name, auditActorOf(request), auditOriginOf(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revokes a SCIM token at once.' })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.tokens.revoke(id, auditActorOf(request), auditOriginOf(request));
  }
}

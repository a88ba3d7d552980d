import { Controller, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { SessionUser, SignInProvider, SignInProvidersResponse } from '@moot/contracts';
import { CurrentAuth, Public } from './auth.decorators';
import { AuthContext, RequestWithAuth, toSessionUser } from './auth-context';
import { DiscoverQueryDto } from './dto/discover-query.dto';
import { SignInService } from './sign-in.service';
import { SiteDocumentsService } from '../site-documents/site-documents.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly siteDocuments: SiteDocumentsService,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in person (401 when not signed in).' })
  async me(@CurrentAuth() auth: AuthContext): Promise<SessionUser> {
    return { ...toSessionUser(auth.user), mustAcceptHouseRules: await this.siteDocuments.mustAccept(auth.user.id) };
  }

  @Public()
  @Get('providers')
  @ApiOperation({ summary: 'Identity providers people can sign in with.' })
  providers(): Promise<SignInProvidersResponse> {
    return this.signIn.providers().then((providers) => ({ providers }));
  }

  @Public()
  @Get('discover')
  @ApiOperation({ summary: 'Home-realm discovery: the identity provider for an email address (404 when none).' })
  discover(@Query() query: DiscoverQueryDto): Promise<{ provider: SignInProvider }> {
    return this.signIn.discover(query.email).then((provider) => ({ provider }));
  }

  @Post('logout')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Signs out here; returns the IdP single-logout URL to visit when the IdP supports it.' })
  logout(@Req() request: RequestWithAuth, @Res({ passthrough: true }) response: Response): Promise<{ redirectTo: string }> {
    return this.signIn.signOut(request, response);
  }
}

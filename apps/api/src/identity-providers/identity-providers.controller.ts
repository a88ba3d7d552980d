import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../auth/auth.decorators';
import { auditActorOf, auditOriginOf, RequestWithAuth } from '../auth/auth-context';
import { CreateIdentityProviderDto } from './dto/create-identity-provider.dto';
import { IdentityProviderListResponse, IdentityProviderResponse } from './dto/identity-provider.response';
import { SetCertificatesDto } from './dto/set-certificates.dto';
import { UpdateIdentityProviderDto } from './dto/update-identity-provider.dto';
import { AdminChangeContext, IdentityProviderAdminService } from './identity-provider-admin.service';

function changedBy(request: RequestWithAuth): AdminChangeContext {
  return { actor: auditActorOf(request), origin: auditOriginOf(request) };
}

@ApiTags('admin: identity providers')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: 'The session\'s CSRF token; required on POST, PATCH, PUT and DELETE.', required: false })
@AdminOnly()
@Controller('admin/identity-providers')
export class IdentityProvidersController {
  constructor(private readonly service: IdentityProviderAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Every identity provider, with certificate expiry and the settings to give the IdP team.' })
  @ApiOkResponse({ type: IdentityProviderListResponse })
  async list(): Promise<IdentityProviderListResponse> {
    return { identityProviders: await this.service.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One identity provider (404 when unknown).' })
  @ApiOkResponse({ type: IdentityProviderResponse })
  get(@Param('id') id: string): Promise<IdentityProviderResponse> {
    return this.service.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Connects an identity provider from its SAML metadata XML.' })
  @ApiOkResponse({ type: IdentityProviderResponse })
  create(@Body() body: CreateIdentityProviderDto, @Req() request: RequestWithAuth): Promise<IdentityProviderResponse> {
    return this.service.create(body, changedBy(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Changes settings, enables or disables, or re-imports the metadata (metadataXml).' })
  @ApiOkResponse({ type: IdentityProviderResponse })
  update(@Param('id') id: string, @Body() body: UpdateIdentityProviderDto, @Req() request: RequestWithAuth): Promise<IdentityProviderResponse> {
    return this.service.update(id, body, changedBy(request));
  }

  @Put(':id/certificates')
  @ApiOperation({ summary: 'Sets the one or two signing certificates (current and next, for a rotation).' })
  @ApiOkResponse({ type: IdentityProviderResponse })
  setCertificates(@Param('id') id: string, @Body() body: SetCertificatesDto, @Req() request: RequestWithAuth): Promise<IdentityProviderResponse> {
    return this.service.setCertificates(id, body.certificates, changedBy(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes an identity provider; people keep their accounts.' })
  @ApiNoContentResponse()
  delete(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.service.delete(id, changedBy(request));
  }
}

import { Body, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { ScimController } from './scim-controller.decorator';
import type { ScimListResponse } from './scim-list';
import { CurrentScimCaller, type ScimCaller } from './scim-request';
import type { ScimUserResource } from './scim-user.mapper';
import { type ScimListQuery, ScimUsersService } from './scim-users.service';

/** RFC 7644 Users endpoint; bodies stay loose (SCIM is schema-flexible) and are checked in the service. */
@ScimController('Users')
export class ScimUsersController {
  constructor(private readonly users: ScimUsersService) {}

  @Get()
  @ApiOperation({ summary: 'Lists users; filter `userName eq "…"` or `externalId eq "…"`, with startIndex and count.' })
  list(@Query() query: ScimListQuery): Promise<ScimListResponse<ScimUserResource>> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user.' })
  get(@Param('id') id: string): Promise<ScimUserResource> {
    return this.users.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Provisions a user (userName is the email address); 409 when it exists.' })
  async create(@Body() body: unknown, @CurrentScimCaller() caller: ScimCaller, @Res({ passthrough: true }) response: Response): Promise<ScimUserResource> {
    const user = await this.users.create(body, caller);
    response.status(HttpStatus.CREATED).setHeader('Location', user.meta.location);
    return user;
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replaces a user; active false deactivates.' })
  replace(@Param('id') id: string, @Body() body: unknown, @CurrentScimCaller() caller: ScimCaller): Promise<ScimUserResource> {
    return this.users.replace(id, body, caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Patches a user (RFC 7644 and Entra ID dialects); active false deactivates and ends their sessions.' })
  patch(@Param('id') id: string, @Body() body: unknown, @CurrentScimCaller() caller: ScimCaller): Promise<ScimUserResource> {
    return this.users.patch(id, body, caller);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deactivates a user (their content is kept) and ends their sessions.' })
  delete(@Param('id') id: string, @CurrentScimCaller() caller: ScimCaller): Promise<void> {
    return this.users.deactivate(id, caller);
  }
}

import { Body, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { ScimController } from './scim-controller.decorator';
import type { ScimGroupResource } from './scim-group.mapper';
import { type ScimGroupQuery, ScimGroupsService } from './scim-groups.service';
import type { ScimListResponse } from './scim-list';
import { CurrentScimCaller, type ScimCaller } from './scim-request';

/** RFC 7644 Groups endpoint; members are Moot user ids. */
@ScimController('Groups')
export class ScimGroupsController {
  constructor(private readonly groups: ScimGroupsService) {}

  @Get()
  @ApiOperation({ summary: 'Lists groups; filter `displayName eq "…"` or `externalId eq "…"`; excludedAttributes=members.' })
  list(@Query() query: ScimGroupQuery): Promise<ScimListResponse<ScimGroupResource>> {
    return this.groups.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One group.' })
  get(@Param('id') id: string, @Query('excludedAttributes') excludedAttributes?: string): Promise<ScimGroupResource> {
    return this.groups.get(id, excludedAttributes);
  }

  @Post()
  @ApiOperation({ summary: 'Creates a group; 409 when the display name is taken.' })
  async create(@Body() body: unknown, @CurrentScimCaller() caller: ScimCaller, @Res({ passthrough: true }) response: Response): Promise<ScimGroupResource> {
    const group = await this.groups.create(body, caller);
    response.status(HttpStatus.CREATED).setHeader('Location', group.meta.location);
    return group;
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replaces a group and its members.' })
  replace(@Param('id') id: string, @Body() body: unknown, @CurrentScimCaller() caller: ScimCaller): Promise<ScimGroupResource> {
    return this.groups.replace(id, body, caller);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Adds or removes members, renames (RFC 7644 and Entra ID dialects).' })
  patch(@Param('id') id: string, @Body() body: unknown, @CurrentScimCaller() caller: ScimCaller): Promise<ScimGroupResource> {
    return this.groups.patch(id, body, caller);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deletes a directory group (its members stay as they are).' })
  delete(@Param('id') id: string, @CurrentScimCaller() caller: ScimCaller): Promise<void> {
    return this.groups.delete(id, caller);
  }
}

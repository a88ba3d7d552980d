import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GroupDetail, GroupDirectoryPage, GroupSummary, GroupSuggestionsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { CreateGroupDto } from './dto/create-group.dto';
import { GroupDirectoryQueryDto } from './dto/group-queries.dto';
import { UpdateGroupDto } from './dto/update-group.dto';
import { groupActorOf } from './group-actor';
import { GroupsService } from './groups.service';

/** Groups: the directory, one group's page, creating, settings and archiving. */
@ApiTags('groups')
@ApiCookieAuth('moot_session')
@Controller('groups')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Get()
  @ApiOperation({ summary: 'Groups you may see: search (q), filter (type, department, mine), keyset pages.' })
  directory(@Query() query: GroupDirectoryQueryDto, @Req() request: RequestWithAuth): Promise<GroupDirectoryPage> {
    return this.groups.directory(query, groupActorOf(request));
  }

  @Get('suggestions')
  @ApiOperation({ summary: 'Up to 10 groups you are not in, with the most members from departments other than yours.' })
  async suggestions(@Req() request: RequestWithAuth): Promise<GroupSuggestionsResponse> {
    return { items: await this.groups.suggestions(groupActorOf(request)) };
  }

  @Post()
  @ApiOperation({ summary: 'Creates a group (who may is a site setting); the creator becomes its owner.' })
  create(@Body() body: CreateGroupDto, @Req() request: RequestWithAuth): Promise<GroupDetail> {
    return this.groups.create(body, groupActorOf(request));
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'A group by id or slug (404 when you may not see it).' })
  get(@Param('idOrSlug') idOrSlug: string, @Req() request: RequestWithAuth): Promise<GroupDetail> {
    return this.groups.get(idOrSlug, groupActorOf(request));
  }

  @Patch(':idOrSlug')
  @ApiOperation({ summary: 'Changes settings (managers and owners; linkedScimGroupId site admins only).' })
  update(@Param('idOrSlug') idOrSlug: string, @Body() body: UpdateGroupDto, @Req() request: RequestWithAuth): Promise<GroupDetail> {
    return this.groups.update(idOrSlug, body, groupActorOf(request));
  }

  @Post(':idOrSlug/archive')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Archives the group: read-only, still found by its members (owners).' })
  archive(@Param('idOrSlug') idOrSlug: string, @Req() request: RequestWithAuth): Promise<GroupDetail> {
    return this.groups.setArchived(idOrSlug, true, groupActorOf(request));
  }

  @Post(':idOrSlug/unarchive')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Brings an archived group back (owners).' })
  unarchive(@Param('idOrSlug') idOrSlug: string, @Req() request: RequestWithAuth): Promise<GroupDetail> {
    return this.groups.setArchived(idOrSlug, false, groupActorOf(request));
  }
}

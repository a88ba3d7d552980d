import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BulkAddReport, GroupMembersPage, InviteResponse, JoinGroupResponse, JoinRequestsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { GroupMembersQueryDto } from './dto/group-queries.dto';
import { BulkAddDto, ChangeRoleDto, InviteDto, JoinGroupDto, TransferOwnershipDto } from './dto/membership.dto';
import { groupActorOf } from './group-actor';
import { GroupBulkAddService } from './group-bulk-add.service';
import { GroupMembershipService } from './group-membership.service';

/** Who is in a group: joining, leaving, requests, invitations, roles, ownership and bulk adds. */
@ApiTags('groups')
@ApiCookieAuth('moot_session')
@Controller('groups/:idOrSlug')
export class GroupMembershipController {
  constructor(
    private readonly memberships: GroupMembershipService,
    private readonly bulk: GroupBulkAddService,
  ) {}

  @Get('members')
  @ApiOperation({ summary: 'Members with roles and departments, filterable (404 unless you may see the content).' })
  members(@Param('idOrSlug') idOrSlug: string, @Query() query: GroupMembersQueryDto, @Req() request: RequestWithAuth): Promise<GroupMembersPage> {
    return this.memberships.members(idOrSlug, query, groupActorOf(request));
  }

  @Post('join')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Joins an open group (or one you are invited to); asks to join a closed one. Idempotent.' })
  join(@Param('idOrSlug') idOrSlug: string, @Body() body: JoinGroupDto, @Req() request: RequestWithAuth): Promise<JoinGroupResponse> {
    return this.memberships.join(idOrSlug, body.message, groupActorOf(request));
  }

  @Post('leave')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Leaves, withdraws your request or declines your invitation (the last owner must transfer first: 409).' })
  leave(@Param('idOrSlug') idOrSlug: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.leave(idOrSlug, groupActorOf(request));
  }

  @Get('requests')
  @ApiOperation({ summary: 'Pending requests to join (managers).' })
  requests(@Param('idOrSlug') idOrSlug: string, @Req() request: RequestWithAuth): Promise<JoinRequestsResponse> {
    return this.memberships.requests(idOrSlug, groupActorOf(request));
  }

  @Post('requests/:userId/approve')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Approves a request to join (managers).' })
  approve(@Param('idOrSlug') idOrSlug: string, @Param('userId') userId: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.decide(idOrSlug, userId, true, groupActorOf(request));
  }

  @Post('requests/:userId/deny')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Denies a request to join (managers).' })
  deny(@Param('idOrSlug') idOrSlug: string, @Param('userId') userId: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.decide(idOrSlug, userId, false, groupActorOf(request));
  }

  @Post('invitations')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Invites people or a whole department; they join with POST join.' })
  invite(@Param('idOrSlug') idOrSlug: string, @Body() body: InviteDto, @Req() request: RequestWithAuth): Promise<InviteResponse> {
    return this.memberships.invite(idOrSlug, body, groupActorOf(request));
  }

  @Post('members/bulk')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Adds a department or a list of emails at once; preview first, with a report of addresses not found.' })
  bulkAdd(@Param('idOrSlug') idOrSlug: string, @Body() body: BulkAddDto, @Req() request: RequestWithAuth): Promise<BulkAddReport> {
    return this.bulk.bulkAdd(idOrSlug, body, groupActorOf(request));
  }

  @Patch('members/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Changes a member\'s role (managers; only owners make or unmake owners).' })
  changeRole(@Param('idOrSlug') idOrSlug: string, @Param('userId') userId: string, @Body() body: ChangeRoleDto, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.changeRole(idOrSlug, userId, body.role, groupActorOf(request));
  }

  @Delete('members/:userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes a member (managers; owners only by owners).' })
  remove(@Param('idOrSlug') idOrSlug: string, @Param('userId') userId: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.removeMember(idOrSlug, userId, groupActorOf(request));
  }

  @Post('transfer-ownership')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Makes a member the owner; you stay on as a manager (owners).' })
  transfer(@Param('idOrSlug') idOrSlug: string, @Body() body: TransferOwnershipDto, @Req() request: RequestWithAuth): Promise<void> {
    return this.memberships.transferOwnership(idOrSlug, body.userId, groupActorOf(request));
  }
}

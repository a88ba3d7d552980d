import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ElectionPeriod, ElectionPeriodsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { groupActorOf } from '../groups/group-actor';
import { CreateElectionPeriodDto, ElectionPeriodsQueryDto, UpdateElectionPeriodDto } from './dto/moderation-requests.dto';
import { ElectionPeriodsService } from './election-periods.service';

/** Pre-election ("purdah") periods: posts made in one carry its label and may wait for approval. */
@ApiTags('moderation')
@ApiCookieAuth('moot_session')
@Controller('election-periods')
export class ElectionPeriodsController {
  constructor(private readonly periods: ElectionPeriodsService) {}

  @Get()
  @ApiOperation({ summary: "A group's periods and the site-wide ones (?groupId=), or those you manage and the site-wide ones." })
  list(@Query() query: ElectionPeriodsQueryDto, @Req() request: RequestWithAuth): Promise<ElectionPeriodsResponse> {
    return this.periods.list(groupActorOf(request).viewer, query.groupId);
  }

  @Get('current')
  @ApiOperation({ summary: 'The periods in force now for a group you can see (its own first, then site-wide).' })
  current(@Query() query: ElectionPeriodsQueryDto, @Req() request: RequestWithAuth): Promise<ElectionPeriodsResponse> {
    return this.periods.current(groupActorOf(request).viewer, query.groupId);
  }

  @Post()
  @ApiOperation({ summary: "Creates a period: site-wide (site admins) or for a group (its managers). Audited." })
  create(@Body() body: CreateElectionPeriodDto, @Req() request: RequestWithAuth): Promise<ElectionPeriod> {
    return this.periods.create(body, groupActorOf(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Changes a period’s label, dates or hold. Audited.' })
  update(@Param('id') id: string, @Body() body: UpdateElectionPeriodDto, @Req() request: RequestWithAuth): Promise<ElectionPeriod> {
    return this.periods.update(id, body, groupActorOf(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deletes a period (posts keep their label). Audited.' })
  remove(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.periods.remove(id, groupActorOf(request));
  }
}

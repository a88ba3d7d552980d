import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ModerationCaseView, ModerationDecisionsResponse, ModerationQueuePage, ReportReceipt } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { groupActorOf } from '../groups/group-actor';
import { CreateReportDto, ModerationActionDto, QueueQueryDto, ReviewRequestDto } from './dto/moderation-requests.dto';
import { ModerationService } from './moderation.service';
import { ReportsService } from './reports.service';

/** Reporting (anyone), the moderation queue (group managers, site admins) and the author's side of decisions. */
@ApiTags('moderation')
@ApiCookieAuth('moot_session')
@Controller()
export class ModerationController {
  constructor(
    private readonly reports: ReportsService,
    private readonly moderation: ModerationService,
  ) {}

  @Post('reports')
  @ApiOperation({ summary: 'Reports a post, reply, file or profile you can see (404 otherwise). 201 opens a case; 200 merges into the open one.' })
  async report(@Body() body: CreateReportDto, @Req() request: RequestWithAuth, @Res({ passthrough: true }) response: Response): Promise<ReportReceipt> {
    const receipt = await this.reports.report(groupActorOf(request).viewer, body);
    response.status(receipt.merged ? HttpStatus.OK : HttpStatus.CREATED);
    return receipt;
  }

  @Get('moderation/cases')
  @ApiOperation({ summary: "The moderation queue: your groups' cases (managers) or every case (site admins), newest first." })
  queue(@Query() query: QueueQueryDto, @Req() request: RequestWithAuth): Promise<ModerationQueuePage> {
    return this.moderation.queue(query, groupActorOf(request));
  }

  @Get('moderation/decisions')
  @ApiOperation({ summary: 'Moderators’ decisions about your own posts, replies, files and profile, newest first.' })
  decisions(@Req() request: RequestWithAuth): Promise<ModerationDecisionsResponse> {
    return this.moderation.decisions(groupActorOf(request));
  }

  @Get('moderation/cases/:id')
  @ApiOperation({ summary: 'One case, for its moderators (404 for everyone else).' })
  get(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<ModerationCaseView> {
    return this.moderation.get(id, groupActorOf(request));
  }

  @Post('moderation/cases/:id/actions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Hide, remove, warn, dismiss, approve, restore or escalate (see allowedActions); audited.' })
  act(@Param('id') id: string, @Body() body: ModerationActionDto, @Req() request: RequestWithAuth): Promise<ModerationCaseView> {
    return this.moderation.act(id, body, groupActorOf(request));
  }

  @Post('moderation/cases/:id/review')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'The author asks for a decision to be looked at again (once per decision); re-opens the case.' })
  review(@Param('id') id: string, @Body() body: ReviewRequestDto, @Req() request: RequestWithAuth): Promise<void> {
    return this.moderation.requestReview(id, body.note, groupActorOf(request));
  }
}

import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post, Put, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PersonSummary, PostView } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { AcceptReplyDto, RevealAuthorDto, VoteDto } from './dto/post-requests.dto';
import { postActorOf } from './post-actor';
import { PostModerationService } from './post-moderation.service';
import { PollsService } from './polls.service';

/** Pins, accepted answers, poll votes and the audited reveal of an anonymous author. */
@ApiTags('posts')
@ApiCookieAuth('moot_session')
@Controller('posts')
export class PostModerationController {
  constructor(
    private readonly moderation: PostModerationService,
    private readonly polls: PollsService,
  ) {}

  @Put(':id/pin')
  @ApiOperation({ summary: 'Pins a post to the top of its group (group managers).' })
  pin(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.moderation.setPinned(id, true, postActorOf(request));
  }

  @Delete(':id/pin')
  @ApiOperation({ summary: 'Unpins a post (group managers).' })
  unpin(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.moderation.setPinned(id, false, postActorOf(request));
  }

  @Put(':id/accepted-reply')
  @ApiOperation({ summary: 'Marks the answer to a question (the asker or group managers).' })
  accept(@Param('id') id: string, @Body() body: AcceptReplyDto, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.moderation.setAcceptedReply(id, body.replyId, postActorOf(request));
  }

  @Delete(':id/accepted-reply')
  @ApiOperation({ summary: 'Clears the accepted answer of a question.' })
  unaccept(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.moderation.setAcceptedReply(id, null, postActorOf(request));
  }

  @Post(':id/votes')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Votes in a poll, replacing your earlier vote (409 once it has closed).' })
  vote(@Param('id') id: string, @Body() body: VoteDto, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.polls.vote(id, body, postActorOf(request));
  }

  @Post(':id/reveal-author')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reveals who wrote an anonymous post (site admins; a reason is required and audited).' })
  revealAuthor(@Param('id') id: string, @Body() body: RevealAuthorDto, @Req() request: RequestWithAuth): Promise<{ author: PersonSummary }> {
    return this.moderation.revealAuthor(id, body.reason, postActorOf(request));
  }
}

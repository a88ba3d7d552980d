import { Controller, Delete, Param, Put, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReactionsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { postActorOf } from './post-actor';
import { ReactionsService } from './reactions.service';

/** Reactions (like, thanks, insightful, support) on posts and replies. */
@ApiTags('posts')
@ApiCookieAuth('moot_session')
@Controller()
export class ReactionsController {
  constructor(private readonly reactions: ReactionsService) {}

  @Put('posts/:id/reactions/:kind')
  @ApiOperation({ summary: 'Adds your reaction to a post (again: no change).' })
  reactToPost(@Param('id') id: string, @Param('kind') kind: string, @Req() request: RequestWithAuth): Promise<ReactionsResponse> {
    return this.reactions.onPost(id, kind, true, postActorOf(request));
  }

  @Delete('posts/:id/reactions/:kind')
  @ApiOperation({ summary: 'Removes your reaction from a post.' })
  unreactToPost(@Param('id') id: string, @Param('kind') kind: string, @Req() request: RequestWithAuth): Promise<ReactionsResponse> {
    return this.reactions.onPost(id, kind, false, postActorOf(request));
  }

  @Put('replies/:id/reactions/:kind')
  @ApiOperation({ summary: 'Adds your reaction to a reply (again: no change).' })
  reactToReply(@Param('id') id: string, @Param('kind') kind: string, @Req() request: RequestWithAuth): Promise<ReactionsResponse> {
    return this.reactions.onReply(id, kind, true, postActorOf(request));
  }

  @Delete('replies/:id/reactions/:kind')
  @ApiOperation({ summary: 'Removes your reaction from a reply.' })
  unreactToReply(@Param('id') id: string, @Param('kind') kind: string, @Req() request: RequestWithAuth): Promise<ReactionsResponse> {
    return this.reactions.onReply(id, kind, false, postActorOf(request));
  }
}

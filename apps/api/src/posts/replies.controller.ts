import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RepliesPage, ReplyView, RevisionsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { CreateReplyDto, EditBodyDto, RepliesQueryDto } from './dto/post-requests.dto';
import { postActorOf } from './post-actor';
import { RepliesService } from './replies.service';

/** Replies: listed under a post (oldest first), changed by their own id. */
@ApiTags('posts')
@ApiCookieAuth('moot_session')
@Controller()
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  @Get('posts/:id/replies')
  @ApiOperation({ summary: 'Replies to a post, oldest first, in keyset pages (after = nextCursor).' })
  page(@Param('id') id: string, @Query() query: RepliesQueryDto, @Req() request: RequestWithAuth): Promise<RepliesPage> {
    return this.replies.page(id, query, postActorOf(request));
  }

  @Post('posts/:id/replies')
  @ApiOperation({ summary: 'Replies to a post (optionally quoting another reply of it).' })
  create(@Param('id') id: string, @Body() body: CreateReplyDto, @Req() request: RequestWithAuth): Promise<ReplyView> {
    return this.replies.create(id, body, postActorOf(request));
  }

  @Get('replies/:id')
  @ApiOperation({ summary: 'One reply (404 when you may not see its post).' })
  get(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<ReplyView> {
    return this.replies.get(id, postActorOf(request));
  }

  @Patch('replies/:id')
  @ApiOperation({ summary: 'Edits your reply; the previous body stays in its history.' })
  edit(@Param('id') id: string, @Body() body: EditBodyDto, @Req() request: RequestWithAuth): Promise<ReplyView> {
    return this.replies.edit(id, body, postActorOf(request));
  }

  @Delete('replies/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deletes a reply, leaving a tombstone (author, group managers, site admins audited).' })
  remove(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.replies.remove(id, postActorOf(request));
  }

  @Get('replies/:id/history')
  @ApiOperation({ summary: 'Earlier bodies of a reply, newest first.' })
  history(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<RevisionsResponse> {
    return this.replies.history(id, postActorOf(request));
  }
}

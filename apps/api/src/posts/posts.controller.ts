import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PostView, PreviewResponse, RevisionsResponse } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { CreatePostDto, EditBodyDto } from './dto/post-requests.dto';
import { postActorOf } from './post-actor';
import { PostsService } from './posts.service';

/** Posts in groups and on profiles: create, read, edit with history, delete, seen and read marks. */
@ApiTags('posts')
@ApiCookieAuth('moot_session')
@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Post()
  @ApiOperation({ summary: 'Starts a post in a group you may post in, or on your own profile (groupId null).' })
  create(@Body() body: CreatePostDto, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.posts.create(body, postActorOf(request));
  }

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Renders markdown as a post would be rendered (mentions, topics, sanitising), without saving it.' })
  preview(@Body() body: EditBodyDto, @Req() request: RequestWithAuth): Promise<PreviewResponse> {
    return this.posts.preview(body.body, postActorOf(request));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One post (404 when you may not see it).' })
  get(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.posts.get(id, postActorOf(request));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edits your post; the previous body stays in its history.' })
  edit(@Param('id') id: string, @Body() body: EditBodyDto, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.posts.edit(id, body, postActorOf(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Deletes a post, leaving a tombstone (author, group managers, site admins audited).' })
  remove(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.posts.remove(id, postActorOf(request));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Earlier bodies of a post, newest first.' })
  history(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<RevisionsResponse> {
    return this.posts.history(id, postActorOf(request));
  }

  @Put(':id/seen')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Records that you have seen the post ("seen by N"); repeating it changes nothing.' })
  seen(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.posts.markSeen(id, postActorOf(request));
  }

  @Put(':id/read')
  @ApiOperation({ summary: 'Marks an announcement as read.' })
  read(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<PostView> {
    return this.posts.markRead(id, postActorOf(request));
  }
}

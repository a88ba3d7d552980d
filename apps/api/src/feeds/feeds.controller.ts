import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FeedPage } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import type { Viewer } from '../authorization/authorization.service';
import { FeedQueryDto } from './dto/feed-query.dto';
import { FeedsService } from './feeds.service';

const viewerOf = (auth: AuthContext): Viewer => ({ userId: auth.user.id, role: auth.user.role });

@ApiTags('feeds')
@ApiCookieAuth('moot_session')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly service: FeedsService) {}

  @Get('home')
  @ApiOperation({ summary: 'Your home feed: your groups, people you follow and your own posts, newest first; pinned posts of your groups top the first page.' })
  @ApiOkResponse({ description: 'FeedPage' })
  home(@CurrentAuth() auth: AuthContext, @Query() query: FeedQueryDto): Promise<FeedPage> {
    return this.service.home(viewerOf(auth), query);
  }

  @Get('groups/:groupId')
  @ApiOperation({ summary: "A group's posts, pinned first on the first page (404 when you may not see its content)." })
  @ApiOkResponse({ description: 'FeedPage' })
  group(@CurrentAuth() auth: AuthContext, @Param('groupId') groupId: string, @Query() query: FeedQueryDto): Promise<FeedPage> {
    return this.service.group(viewerOf(auth), groupId, query);
  }

  @Get('people/:userId')
  @ApiOperation({ summary: "A colleague's posts that you may see (never their anonymous ones)." })
  @ApiOkResponse({ description: 'FeedPage' })
  person(@CurrentAuth() auth: AuthContext, @Param('userId') userId: string, @Query() query: FeedQueryDto): Promise<FeedPage> {
    return this.service.person(viewerOf(auth), userId, query);
  }

  @Get('topics/:topic')
  @ApiOperation({ summary: 'Posts with a #topic that you may see.' })
  @ApiOkResponse({ description: 'FeedPage' })
  topic(@CurrentAuth() auth: AuthContext, @Param('topic') topic: string, @Query() query: FeedQueryDto): Promise<FeedPage> {
    return this.service.topic(viewerOf(auth), topic, query);
  }
}

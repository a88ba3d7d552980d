import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WatchListResponse, WatchWord } from '@moot/contracts';
import type { RequestWithAuth } from '../auth/auth-context';
import { AdminOnly } from '../auth/auth.decorators';
import { groupActorOf } from '../groups/group-actor';
import { CreateWatchWordDto } from './dto/moderation-requests.dto';
import { WatchListService } from './watch-list.service';

/** The keyword watch-list: new posts and replies matching a phrase wait for a moderator. Site admins only. */
@ApiTags('moderation')
@ApiCookieAuth('moot_session')
@AdminOnly()
@Controller('admin/watch-list')
export class WatchListController {
  constructor(private readonly watchList: WatchListService) {}

  @Get()
  @ApiOperation({ summary: 'Every watch-list phrase, alphabetically.' })
  list(): Promise<WatchListResponse> {
    return this.watchList.list();
  }

  @Post()
  @ApiOperation({ summary: 'Adds a phrase (normalised: NFKC, trimmed, lower case; 409 when already listed).' })
  add(@Body() body: CreateWatchWordDto, @Req() request: RequestWithAuth): Promise<WatchWord> {
    return this.watchList.add(body.phrase, groupActorOf(request));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes a phrase.' })
  remove(@Param('id') id: string, @Req() request: RequestWithAuth): Promise<void> {
    return this.watchList.remove(id, groupActorOf(request));
  }
}

import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PersonSummary } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { FollowsService } from './follows.service';

@ApiTags('people: follows')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: "The session's CSRF token; required on PUT and DELETE.", required: false })
@Controller('people')
export class FollowsController {
  constructor(private readonly service: FollowsService) {}

  @Get('me/following')
  @ApiOperation({ summary: 'The colleagues you follow, by name.' })
  @ApiOkResponse({ description: '{ people: PersonSummary[] }' })
  async following(@CurrentAuth() auth: AuthContext): Promise<{ people: PersonSummary[] }> {
    return { people: await this.service.following(auth.user.id) };
  }

  @Put(':id/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Follows a colleague: their posts reach your home feed (idempotent; 400 for yourself, 404 for unknown or former colleagues)." })
  @ApiNoContentResponse()
  follow(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    return this.service.follow(auth.user.id, id);
  }

  @Delete(':id/follow')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Stops following a colleague (idempotent).' })
  @ApiNoContentResponse()
  unfollow(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    return this.service.unfollow(auth.user.id, id);
  }
}

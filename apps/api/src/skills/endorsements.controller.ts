import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EndorsersResponse } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { EndorsementsService } from './endorsements.service';

@ApiTags('skills')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: 'The session\'s CSRF token; required on PUT and DELETE.', required: false })
@Controller('people/:id/skills/:skillId')
export class EndorsementsController {
  constructor(private readonly service: EndorsementsService) {}

  @Put('endorsement')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Endorses a colleague\'s skill (idempotent). 400 for your own; 404 when they do not list it.' })
  @ApiNoContentResponse()
  endorse(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Param('skillId') skillId: string): Promise<void> {
    return this.service.endorse(auth.user.id, id, skillId);
  }

  @Delete('endorsement')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Withdraws your endorsement (idempotent).' })
  @ApiNoContentResponse()
  withdraw(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Param('skillId') skillId: string): Promise<void> {
    return this.service.withdraw(auth.user.id, id, skillId);
  }

  @Get('endorsements')
  @ApiOperation({ summary: 'Who endorsed this skill (active colleagues only), by name.' })
  @ApiOkResponse({ description: 'EndorsersResponse' })
  endorsers(@Param('id') id: string, @Param('skillId') skillId: string): Promise<EndorsersResponse> {
    return this.service.endorsers(id, skillId);
  }
}

import { Body, Controller, Get, Param, Patch, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Profile } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import { type AuthContext, auditActorOf, auditOriginOf, type RequestWithAuth } from '../auth/auth-context';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileEditor, ProfileService } from './profile.service';

function editorOf(request: RequestWithAuth, auth: AuthContext): ProfileEditor {
  return { user: auth.user, actor: auditActorOf(request), origin: auditOriginOf(request) };
}

/** `me` routes come before `:id` ones, so "me" is never taken for an id. */
@ApiTags('people: profiles')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: "The session's CSRF token; required on PATCH.", required: false })
@Controller('people')
export class ProfileController {
  constructor(private readonly service: ProfileService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your own profile, with how complete it is.' })
  @ApiOkResponse({ description: 'Profile' })
  me(@CurrentAuth() auth: AuthContext): Promise<Profile> {
    return this.service.get(auth.user, auth.user.id);
  }

  @Get(':id')
  @ApiOperation({ summary: "A colleague's profile: hidden fields, groups and posts you may not see are left out (404 when unknown)." })
  @ApiOkResponse({ description: 'Profile' })
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<Profile> {
    return this.service.get(auth.user, id);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Changes your profile; jobTitle, departmentId and managerId are for site admins only.' })
  @ApiOkResponse({ description: 'Profile' })
  updateMe(@CurrentAuth() auth: AuthContext, @Body() body: UpdateProfileDto, @Req() request: RequestWithAuth): Promise<Profile> {
    return this.service.update(editorOf(request, auth), auth.user.id, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Changes a profile: your own, or anyone's for a site admin (audited); 403 otherwise." })
  @ApiOkResponse({ description: 'Profile' })
  update(@CurrentAuth() auth: AuthContext, @Param('id') id: string, @Body() body: UpdateProfileDto, @Req() request: RequestWithAuth): Promise<Profile> {
    return this.service.update(editorOf(request, auth), id, body);
  }
}

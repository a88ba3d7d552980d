import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProfileSkill, SkillRef } from '@moot/contracts';
import { CurrentAuth } from '../auth/auth.decorators';
import type { AuthContext } from '../auth/auth-context';
import { AddLearningGoalDto, AddSkillDto } from './dto/skill-requests.dto';
import { SkillsService } from './skills.service';

@ApiTags('skills')
@ApiCookieAuth('moot_session')
@ApiHeader({ name: 'x-csrf-token', description: 'The session\'s CSRF token.', required: true })
@Controller('people/me')
export class MySkillsController {
  constructor(private readonly service: SkillsService) {}

  @Post('skills')
  @ApiOperation({ summary: 'Lists a skill on your profile (new names join the shared vocabulary); again to change "I can help with".' })
  @ApiCreatedResponse({ description: 'ProfileSkill' })
  addSkill(@CurrentAuth() auth: AuthContext, @Body() body: AddSkillDto): Promise<ProfileSkill> {
    return this.service.addSkill(auth.user.id, body.name, body.offersHelp);
  }

  @Delete('skills/:skillId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes a skill from your profile, with its endorsements.' })
  @ApiNoContentResponse()
  removeSkill(@CurrentAuth() auth: AuthContext, @Param('skillId') skillId: string): Promise<void> {
    return this.service.removeSkill(auth.user.id, skillId);
  }

  @Post('learning')
  @ApiOperation({ summary: 'Adds a skill to "I want to learn".' })
  @ApiCreatedResponse({ description: 'SkillRef' })
  addLearningGoal(@CurrentAuth() auth: AuthContext, @Body() body: AddLearningGoalDto): Promise<SkillRef> {
    return this.service.addLearningGoal(auth.user.id, body.name);
  }

  @Delete('learning/:skillId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Removes a skill from "I want to learn".' })
  @ApiNoContentResponse()
  removeLearningGoal(@CurrentAuth() auth: AuthContext, @Param('skillId') skillId: string): Promise<void> {
    return this.service.removeLearningGoal(auth.user.id, skillId);
  }
}

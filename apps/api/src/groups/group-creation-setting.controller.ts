import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GroupCreationSetting } from '@moot/contracts';
import { AdminOnly } from '../auth/auth.decorators';
import type { RequestWithAuth } from '../auth/auth-context';
import { UpdateGroupCreationSettingDto } from './dto/group-creation-setting.dto';
import { groupActorOf } from './group-actor';
import { GroupCreationSettingService } from './group-creation-setting.service';

@ApiTags('admin')
@ApiCookieAuth('moot_session')
@AdminOnly()
@Controller('admin/settings/group-creation')
export class GroupCreationSettingController {
  constructor(private readonly setting: GroupCreationSettingService) {}

  @Get()
  @ApiOperation({ summary: 'Who may create groups: everyone, or listed people (admins always may).' })
  get(): Promise<GroupCreationSetting> {
    return this.setting.get();
  }

  @Put()
  @ApiOperation({ summary: 'Sets who may create groups (audited).' })
  update(@Body() body: UpdateGroupCreationSettingDto, @Req() request: RequestWithAuth): Promise<GroupCreationSetting> {
    return this.setting.update(body, groupActorOf(request));
  }
}

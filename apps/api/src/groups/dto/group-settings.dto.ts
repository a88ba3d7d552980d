import { ApiPropertyOptional } from '@nestjs/swagger';
import type { GroupSettings, PostingPermission } from '@moot/contracts';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class GroupSettingsDto implements Partial<GroupSettings> {
  @ApiPropertyOptional({ enum: ['members', 'managers'] })
  @IsOptional()
  @IsIn(['members', 'managers'], { message: 'postingPermission must be members or managers' })
  postingPermission?: PostingPermission;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  allowAnonymousPosts?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  membersCanInvite?: boolean;
}

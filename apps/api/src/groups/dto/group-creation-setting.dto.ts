import { ApiProperty } from '@nestjs/swagger';
import type { UpdateGroupCreationSetting } from '@moot/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsUUID } from 'class-validator';

export class UpdateGroupCreationSettingDto implements UpdateGroupCreationSetting {
  @ApiProperty({ enum: ['everyone', 'listed'] })
  @IsIn(['everyone', 'listed'], { message: 'mode must be everyone or listed' })
  mode!: 'everyone' | 'listed';

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'creatorIds must be people ids' })
  creatorIds!: string[];
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { AVATAR_SIZES, type AvatarSize } from '@moot/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class AvatarQueryDto {
  @ApiPropertyOptional({ enum: AVATAR_SIZES, default: 128 })
  @IsOptional()
  @Type(() => Number)
  @IsIn(AVATAR_SIZES, { message: `size must be one of ${AVATAR_SIZES.join(', ')}` })
  size: AvatarSize = 128;

  /** The avatar version, only there so browsers refetch after a change. */
  @ApiPropertyOptional({ description: 'Cache buster; ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  v?: string;
}

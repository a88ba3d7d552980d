import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateGroupRequest, GroupType } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GroupSettingsDto } from './group-settings.dto';
import { MAX_DEPARTMENTS, NAME_MAX, SLUG_MESSAGE, SLUG_PATTERN, TEXT_MAX, trim } from './group-rules';

export const GROUP_TYPES: GroupType[] = ['open', 'closed', 'secret'];

/** `POST /api/groups`. */
export class CreateGroupDto implements CreateGroupRequest {
  @ApiProperty({ maxLength: NAME_MAX })
  @Transform(trim)
  @IsString()
  @Length(1, NAME_MAX, { message: `name must be 1–${NAME_MAX} characters` })
  name!: string;

  @ApiPropertyOptional({ pattern: SLUG_PATTERN.source })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug?: string;

  @ApiProperty({ enum: GROUP_TYPES })
  @IsIn(GROUP_TYPES, { message: 'type must be open, closed or secret' })
  type!: GroupType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  purpose?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  houseRules?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DEPARTMENTS)
  @IsUUID('all', { each: true, message: 'departmentIds must be department ids' })
  departmentIds?: string[];

  @ApiPropertyOptional({ type: GroupSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroupSettingsDto)
  settings?: GroupSettingsDto;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import type { GroupType, UpdateGroupRequest } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested, ValidateIf } from 'class-validator';
import { GROUP_TYPES } from './create-group.dto';
import { GroupSettingsDto } from './group-settings.dto';
import { MAX_DEPARTMENTS, NAME_MAX, TEXT_MAX, trim } from './group-rules';

/** `PATCH /api/groups/:id`: only the fields sent change. */
export class UpdateGroupDto implements UpdateGroupRequest {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, NAME_MAX, { message: `name must be 1–${NAME_MAX} characters` })
  name?: string;

  @ApiPropertyOptional({ enum: GROUP_TYPES })
  @IsOptional()
  @IsIn(GROUP_TYPES, { message: 'type must be open, closed or secret' })
  type?: GroupType;

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

  @ApiPropertyOptional({ nullable: true, description: 'Site admins only: the SCIM group whose members this group follows; null unlinks.' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'linkedScimGroupId must be a SCIM group id' })
  linkedScimGroupId?: string | null;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import type { GroupRole, GroupType } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GROUP_TYPES } from './create-group.dto';
import { trim } from './group-rules';

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/** `GET /api/groups`. */
export class GroupDirectoryQueryDto {
  @ApiPropertyOptional({ description: 'Words in the name or description.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: GROUP_TYPES })
  @IsOptional()
  @IsIn(GROUP_TYPES, { message: 'type must be open, closed or secret' })
  type?: GroupType;

  @ApiPropertyOptional({ description: 'Slug of a department the group bridges.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @ApiPropertyOptional({ description: 'Only groups I am in.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(100)
  limit?: number;
}

/** `GET /api/groups/:id/members`. */
export class GroupMembersQueryDto {
  @ApiPropertyOptional({ enum: ['owner', 'manager', 'member'] })
  @IsOptional()
  @IsIn(['owner', 'manager', 'member'], { message: 'role must be owner, manager or member' })
  role?: GroupRole;

  @ApiPropertyOptional({ description: 'Department slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(100)
  limit?: number;
}

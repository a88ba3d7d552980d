import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const AUDIT_DEFAULT_LIMIT = 50;
export const AUDIT_MAX_LIMIT = 100;

/** The filters of the audit log (they combine with AND); shared by the page and the CSV download. */
export class AuditFilterDto {
  @ApiPropertyOptional({ description: 'Text in the actor, action, target id, IP address or details (case-insensitive, literal).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Exact action name, e.g. auth.sign_in (see /api/admin/audit/actions).' })
  @IsOptional()
  @Matches(/^[a-z0-9_.]{1,64}$/, { message: 'action must be an action name such as auth.sign_in' })
  action?: string;

  @ApiPropertyOptional({ description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a person id' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'Kind of target, e.g. user, group, identity_provider.' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'targetType must be a target kind such as user or group' })
  targetType?: string;

  @ApiPropertyOptional({ description: 'Exact target id.' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  targetId?: string;

  @ApiPropertyOptional({ enum: ['success', 'failure'] })
  @IsOptional()
  @IsIn(['success', 'failure'], { message: 'outcome must be success or failure' })
  outcome?: 'success' | 'failure';

  @ApiPropertyOptional({ description: 'At or after this instant (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this instant (ISO 8601); not earlier than from.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date' })
  to?: string;
}

/** `GET /api/admin/audit`: one page, newest first. */
export class AuditQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_MAX_LIMIT, default: AUDIT_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_MAX_LIMIT)
  limit?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateRetentionPolicyRequest, UpdateRetentionPolicyRequest } from '@moot/contracts';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 36500;
const DAYS_MESSAGE = `must be a whole number of days from ${RETENTION_MIN_DAYS} to ${RETENTION_MAX_DAYS}`;

export class CreateRetentionPolicyDto implements CreateRetentionPolicyRequest {
  @ApiPropertyOptional({ nullable: true, description: 'The group; omit or null for posts on people\'s profiles.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id' })
  groupId?: string | null;

  @ApiProperty({ minimum: RETENTION_MIN_DAYS, maximum: RETENTION_MAX_DAYS })
  @IsInt({ message: DAYS_MESSAGE })
  @Min(RETENTION_MIN_DAYS, { message: DAYS_MESSAGE })
  @Max(RETENTION_MAX_DAYS, { message: DAYS_MESSAGE })
  maxAgeDays!: number;
}

export class UpdateRetentionPolicyDto implements UpdateRetentionPolicyRequest {
  @ApiProperty({ minimum: RETENTION_MIN_DAYS, maximum: RETENTION_MAX_DAYS })
  @IsInt({ message: DAYS_MESSAGE })
  @Min(RETENTION_MIN_DAYS, { message: DAYS_MESSAGE })
  @Max(RETENTION_MAX_DAYS, { message: DAYS_MESSAGE })
  maxAgeDays!: number;
}

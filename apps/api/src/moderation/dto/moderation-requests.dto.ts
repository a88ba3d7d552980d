import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ELECTION_LABEL_MAX,
  MODERATION_ACTIONS,
  MODERATION_REASON_MAX,
  REPORT_DETAILS_MAX,
  REPORT_REASONS,
  REPORT_TARGET_TYPES,
  WATCH_PHRASE_MAX,
  type CreateElectionPeriodRequest,
  type CreateReportRequest,
  type CreateWatchWordRequest,
  type ModerationActionRequest,
  type ModerationActionType,
  type ModerationCaseStatus,
  type ReportReason,
  type ReportTargetType,
  type ReviewRequest,
  type UpdateElectionPeriodRequest,
} from '@moot/contracts';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

const NOT_BLANK = /\S/;
const NEEDS_REASON: readonly ModerationActionType[] = ['hide', 'remove', 'warn', 'escalate'];

export class CreateReportDto implements CreateReportRequest {
  @ApiProperty({ enum: REPORT_TARGET_TYPES })
  @IsIn(REPORT_TARGET_TYPES)
  targetType!: ReportTargetType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ enum: REPORT_REASONS })
  @IsIn(REPORT_REASONS)
  reason!: ReportReason;

  @ApiPropertyOptional({ maxLength: REPORT_DETAILS_MAX, description: 'Required when reason is `other`.' })
  @ValidateIf((request: CreateReportDto) => request.reason === 'other' || request.details !== undefined)
  @IsString()
  @Matches(NOT_BLANK, { message: 'details are required when the reason is "other"' })
  @MaxLength(REPORT_DETAILS_MAX)
  details?: string;
}

export class ModerationActionDto implements ModerationActionRequest {
  @ApiProperty({ enum: MODERATION_ACTIONS })
  @IsIn(MODERATION_ACTIONS)
  action!: ModerationActionType;

  @ApiPropertyOptional({ maxLength: MODERATION_REASON_MAX, description: 'Required for hide, remove, warn and escalate; shown to the author for remove and warn.' })
  @ValidateIf((request: ModerationActionDto) => NEEDS_REASON.includes(request.action) || request.reason !== undefined)
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason is required for hide, remove, warn and escalate' })
  @MaxLength(MODERATION_REASON_MAX)
  reason?: string;
}

export class ReviewRequestDto implements ReviewRequest {
  @ApiProperty({ maxLength: MODERATION_REASON_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'note must not be empty' })
  @MaxLength(MODERATION_REASON_MAX)
  note!: string;
}

export const QUEUE_STATUSES: readonly ModerationCaseStatus[] = ['open', 'escalated', 'resolved'];

export class QueueQueryDto {
  @ApiPropertyOptional({ enum: QUEUE_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(QUEUE_STATUSES)
  status?: ModerationCaseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class CreateWatchWordDto implements CreateWatchWordRequest {
  @ApiProperty({ maxLength: WATCH_PHRASE_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'phrase must not be empty' })
  @MaxLength(WATCH_PHRASE_MAX)
  phrase!: string;
}

export class CreateElectionPeriodDto implements CreateElectionPeriodRequest {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Omit or null for the whole site (site admins).' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @ApiProperty({ maxLength: ELECTION_LABEL_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be empty' })
  @MaxLength(ELECTION_LABEL_MAX)
  label!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt!: string;

  @ApiProperty()
  @IsBoolean()
  holdForReview!: boolean;
}

export class UpdateElectionPeriodDto implements UpdateElectionPeriodRequest {
  @ApiPropertyOptional({ maxLength: ELECTION_LABEL_MAX })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be empty' })
  @MaxLength(ELECTION_LABEL_MAX)
  label?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  holdForReview?: boolean;
}

export class ElectionPeriodsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  groupId?: string;
}

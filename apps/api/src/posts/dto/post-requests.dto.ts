import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  POLL_OPTIONS_MAX,
  POST_BODY_MAX,
  POST_TYPES,
  REPLY_BODY_MAX,
  type CreatePostRequest,
  type CreateReplyRequest,
  type EditBodyRequest,
  type PostType,
  type VoteRequest,
} from '@moot/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const NOT_BLANK = /\S/;
export const POLL_OPTION_MAX = 120;

export class PollRequestDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: POLL_OPTIONS_MAX })
  @IsArray()
  @ArrayMinSize(2, { message: 'a poll needs at least 2 options' })
  @ArrayMaxSize(POLL_OPTIONS_MAX, { message: `a poll has at most ${POLL_OPTIONS_MAX} options` })
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, message: 'options must not be empty' })
  @MaxLength(POLL_OPTION_MAX, { each: true, message: `options must be at most ${POLL_OPTION_MAX} characters` })
  options!: string[];

  @ApiProperty()
  @IsBoolean()
  multipleChoice!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'closesAt must be a date and time' })
  closesAt?: string | null;
}

/** `POST /api/posts`. */
export class CreatePostDto implements CreatePostRequest {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a group id' })
  groupId?: string | null;

  @ApiProperty({ enum: POST_TYPES })
  @IsIn(POST_TYPES, { message: `type must be one of ${POST_TYPES.join(', ')}` })
  type!: PostType;

  @ApiProperty({ maxLength: POST_BODY_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'body must not be empty' })
  @MaxLength(POST_BODY_MAX, { message: `body must be at most ${POST_BODY_MAX} characters` })
  body!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'attachmentIds must be attachment ids' })
  attachmentIds?: string[];

  @ApiPropertyOptional({ type: PollRequestDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PollRequestDto)
  poll?: PollRequestDto;
}

/** `PATCH /api/posts/:id`: the limit is checked per target (posts vs replies) in the service. */
export class EditBodyDto implements EditBodyRequest {
  @ApiProperty({ maxLength: POST_BODY_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'body must not be empty' })
  @MaxLength(POST_BODY_MAX, { message: `body must be at most ${POST_BODY_MAX} characters` })
  body!: string;
}

/** `POST /api/posts/:id/replies`. */
export class CreateReplyDto implements CreateReplyRequest {
  @ApiProperty({ maxLength: REPLY_BODY_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'body must not be empty' })
  @MaxLength(REPLY_BODY_MAX, { message: `body must be at most ${REPLY_BODY_MAX} characters` })
  body!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'quoteReplyId must be a reply id' })
  quoteReplyId?: string;
}

/** `POST /api/posts/:id/votes`: replaces your vote. */
export class VoteDto implements VoteRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one option' })
  @ArrayMaxSize(POLL_OPTIONS_MAX)
  @IsUUID('all', { each: true, message: 'optionIds must be option ids' })
  optionIds!: string[];
}

/** `PUT /api/posts/:id/accepted-reply`. */
export class AcceptReplyDto {
  @ApiProperty()
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId!: string;
}

/** `POST /api/posts/:id/reveal-author`. */
export class RevealAuthorDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be empty' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason!: string;
}

/** `GET /api/posts/:id/replies?after=&limit=`. */
export class RepliesQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsIn(Array.from({ length: 100 }, (_, index) => index + 1), { message: 'limit must be a whole number from 1 to 100' })
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const FEED_DEFAULT_LIMIT = 20;
export const FEED_MAX_LIMIT = 50;

/** `?cursor=` pages to older posts; `?after=` catches up on newer ones. Not both. */
export class FeedQueryDto {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page: posts older than it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({
    description:
      'A headCursor: the oldest posts newer than it (up to limit), newest first, with the new headCursor. ' +
      'When a full page comes back, ask again with the new headCursor. No pinned section in this mode.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FEED_MAX_LIMIT)
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { SEARCH_KINDS, type SearchKind } from '@moot/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 50;

/** `GET /api/search`: `q` is never refused (cut and cleaned instead); the filters combine (AND). */
export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Web-search syntax ("phrases", -exclusions, OR); the last word also matches as a prefix. Cut to 200 characters.' })
  @IsOptional()
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_KINDS })
  @IsOptional()
  @IsIn(SEARCH_KINDS as SearchKind[], { message: `kind must be one of ${SEARCH_KINDS.join(', ')}` })
  kind?: SearchKind;

  @ApiPropertyOptional({ description: 'Only content of this group (and the group itself).' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a group id' })
  groupId?: string;

  @ApiPropertyOptional({ description: 'Only posts, replies and files by this named author (never anonymous posts).' })
  @IsOptional()
  @IsUUID('all', { message: 'authorId must be a person id' })
  authorId?: string;

  @ApiPropertyOptional({ description: 'Department slug: people in it, content by its people, groups linked to it.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,100}$/, { message: 'department must be a department slug' })
  department?: string;

  @ApiPropertyOptional({ description: 'Created at or after (ISO 8601). People have no date and are left out.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'Created before (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;
}

/** `GET /api/search/suggest`. */
export class SuggestQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  q?: string;
}

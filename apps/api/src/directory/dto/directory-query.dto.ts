import { ApiPropertyOptional } from '@nestjs/swagger';
import type { DirectoryQuery } from '@moot/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DIRECTORY_DEFAULT_LIMIT = 20;
export const DIRECTORY_MAX_LIMIT = 50;

/** `GET /api/people`: every filter optional; the ones given combine (AND). */
export class DirectoryQueryDto implements DirectoryQuery {
  @ApiPropertyOptional({ description: 'Name, skill, topic or job title. Exact names rank first, then name starts, skills, topics.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Skill name (normalised match).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  skill?: string;

  @ApiPropertyOptional({ description: '"Ask me about" topic or interest (case-insensitive substring).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  topic?: string;

  @ApiPropertyOptional({ description: 'Department slug.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,100}$/, { message: 'department must be a department slug' })
  department?: string;

  @ApiPropertyOptional({ description: 'Office or base (case-insensitive substring); people who hide their location are not found by it.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  location?: string;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: DIRECTORY_MAX_LIMIT, default: DIRECTORY_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(DIRECTORY_MAX_LIMIT)
  limit?: number;
}

/** `GET /api/people/suggestions`. */
export class SuggestionsQueryDto {
  @ApiPropertyOptional({ description: 'A skill: also suggest people outside your department who know it.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  skill?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AddLearningGoalRequest, AddSkillRequest } from '@moot/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Raw length cap before cleaning; the service then applies the 1–50 rule to the cleaned name. */
const RAW_NAME_MAX = 200;

export class AddSkillDto implements AddSkillRequest {
  @ApiProperty({ example: 'Webchat moderation', description: 'Normalised: NFKC, spaces collapsed and trimmed; 1–50 characters after that.' })
  @IsString()
  @MaxLength(RAW_NAME_MAX)
  name!: string;

  @ApiPropertyOptional({ description: 'List it under "I can help with". Omitted: false for a new skill, unchanged for one already listed.' })
  @IsOptional()
  @IsBoolean()
  offersHelp?: boolean;
}

export class AddLearningGoalDto implements AddLearningGoalRequest {
  @ApiProperty({ example: 'Facilitation' })
  @IsString()
  @MaxLength(RAW_NAME_MAX)
  name!: string;
}

export class SkillSuggestionsQueryDto {
  @ApiPropertyOptional({ description: 'What has been typed so far; empty for the most common skills.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

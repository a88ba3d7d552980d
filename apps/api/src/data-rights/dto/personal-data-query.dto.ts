import { ApiPropertyOptional } from '@nestjs/swagger';
import type { PersonalDataFormat } from '@moot/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class PersonalDataQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'html'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'html'], { message: 'must be json or html' })
  format?: PersonalDataFormat;
}

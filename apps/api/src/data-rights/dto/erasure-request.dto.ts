import { ApiProperty } from '@nestjs/swagger';
import type { ErasureContentChoice, ErasureRequest } from '@moot/contracts';
import { IsEmail, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const ERASURE_CONTENT_CHOICES: readonly ErasureContentChoice[] = ['keep_as_former_colleague', 'remove'];
export const ERASURE_REASON_MAX = 500;

export class ErasureRequestDto implements ErasureRequest {
  @ApiProperty({ enum: ERASURE_CONTENT_CHOICES, description: 'Keep their posts and replies shown as by a former colleague, or remove them.' })
  @IsIn(ERASURE_CONTENT_CHOICES, { message: 'must be keep_as_former_colleague or remove' })
  content!: ErasureContentChoice;

  @ApiProperty({ maxLength: ERASURE_REASON_MAX, description: 'Why, e.g. the erasure request reference. Audited.' })
  @IsString()
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(ERASURE_REASON_MAX, { message: `must be at most ${ERASURE_REASON_MAX} characters` })
  reason!: string;

  @ApiProperty({ description: "The person's current email address, typed again to confirm." })
  @IsString()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  confirmEmail!: string;
}

export class ErasureCandidatesQueryDto {
  @ApiProperty({ minLength: 2, maxLength: 320, description: 'Part of a name or email address.' })
  @IsString()
  @MinLength(2, { message: 'must be at least 2 characters' })
  @MaxLength(320)
  q!: string;
}

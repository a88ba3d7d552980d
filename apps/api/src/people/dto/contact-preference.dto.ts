import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ContactMethod, ContactPreference } from '@moot/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROFILE_LIMITS, trimToNull } from './profile-input';

export const CONTACT_METHODS: readonly ContactMethod[] = ['moot', 'email', 'phone', 'teams'];

export class ContactPreferenceDto implements ContactPreference {
  @ApiProperty({ enum: CONTACT_METHODS })
  @IsIn(CONTACT_METHODS, { message: `method must be one of ${CONTACT_METHODS.join(', ')}` })
  method!: ContactMethod;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PROFILE_LIMITS.contactNote, example: 'Teams is best before 10am' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'note must be text' })
  @MaxLength(PROFILE_LIMITS.contactNote, { message: `note must be at most ${PROFILE_LIMITS.contactNote} characters` })
  note: string | null = null;
}

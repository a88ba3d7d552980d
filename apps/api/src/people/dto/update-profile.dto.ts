import { ApiPropertyOptional } from '@nestjs/swagger';
import { HIDEABLE_FIELDS, type HideableField, type UpdateProfileRequest } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { UUID_PATTERN } from '../person-id';
import { ContactPreferenceDto } from './contact-preference.dto';
import { cleanTopics, PHONE_PATTERN, PROFILE_LIMITS as LIMIT, trim, trimToNull, unique } from './profile-input';

/** Present means it must be valid; null is not a value for these fields. */
const IfPresent = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** What a person (or an admin) may change on a profile; absent fields stay as they are. */
export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ maxLength: LIMIT.displayName, example: 'Chloe Fraser' })
  @IfPresent()
  @Transform(trim)
  @IsString({ message: `displayName must be text of 1–${LIMIT.displayName} characters` })
  @Length(1, LIMIT.displayName, { message: `displayName must be 1–${LIMIT.displayName} characters` })
  displayName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMIT.pronouns, example: 'she/her' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'pronouns must be text' })
  @MaxLength(LIMIT.pronouns, { message: `pronouns must be at most ${LIMIT.pronouns} characters` })
  pronouns?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMIT.location, example: 'Town Hall, floor 2' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'location must be text' })
  @MaxLength(LIMIT.location, { message: `location must be at most ${LIMIT.location} characters` })
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMIT.workingPattern, example: 'Mon–Thu, compressed hours' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'workingPattern must be text' })
  @MaxLength(LIMIT.workingPattern, { message: `workingPattern must be at most ${LIMIT.workingPattern} characters` })
  workingPattern?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMIT.phone, example: '+44 (0)1632 960123' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'phone must be text' })
  @MaxLength(LIMIT.phone, { message: `phone must be at most ${LIMIT.phone} characters` })
  @Matches(PHONE_PATTERN, { message: 'phone may contain only digits, spaces, +, brackets and hyphens' })
  phone?: string | null;

  @ApiPropertyOptional({ maxLength: LIMIT.bio, description: 'Markdown; rendered and sanitised on the server.' })
  @IfPresent()
  @IsString({ message: 'bio must be text (markdown)' })
  @MaxLength(LIMIT.bio, { message: `bio must be at most ${LIMIT.bio} characters` })
  bio?: string;

  @ApiPropertyOptional({ type: [String], maxItems: LIMIT.topics, example: ['Webchat moderation', 'Consultations'] })
  @IfPresent()
  @Transform(cleanTopics)
  @IsArray({ message: 'askMeAbout must be a list of topics' })
  @ArrayMaxSize(LIMIT.topics, { message: `askMeAbout must list at most ${LIMIT.topics} topics` })
  @IsString({ each: true, message: 'askMeAbout topics must be text' })
  @Length(1, LIMIT.topic, { each: true, message: `askMeAbout topics must each be 1–${LIMIT.topic} characters` })
  askMeAbout?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: LIMIT.topics, example: ['Cycling', 'Local history'] })
  @IfPresent()
  @Transform(cleanTopics)
  @IsArray({ message: 'interests must be a list of topics' })
  @ArrayMaxSize(LIMIT.topics, { message: `interests must list at most ${LIMIT.topics} topics` })
  @IsString({ each: true, message: 'interests must be text' })
  @Length(1, LIMIT.topic, { each: true, message: `interests must each be 1–${LIMIT.topic} characters` })
  interests?: string[];

  @ApiPropertyOptional({ type: ContactPreferenceDto })
  @IfPresent()
  @IsObject({ message: 'contactPreference must be an object with method and note' })
  @ValidateNested()
  @Type(() => ContactPreferenceDto)
  contactPreference?: ContactPreferenceDto;

  @ApiPropertyOptional({ enum: HIDEABLE_FIELDS, isArray: true, description: 'Optional fields hidden from colleagues (not from admins).' })
  @IfPresent()
  @Transform(unique)
  @IsArray({ message: `hiddenFields must be a list of ${HIDEABLE_FIELDS.join(', ')}` })
  @IsIn(HIDEABLE_FIELDS, { each: true, message: `hiddenFields may contain only ${HIDEABLE_FIELDS.join(', ')}` })
  hiddenFields?: HideableField[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMIT.jobTitle, description: 'Site admins only (normally from the identity provider).' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'jobTitle must be text' })
  @MaxLength(LIMIT.jobTitle, { message: `jobTitle must be at most ${LIMIT.jobTitle} characters` })
  jobTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'Site admins only.' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'departmentId must be the id of a department' })
  departmentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'Site admins only; an active colleague, not the person themselves.' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'managerId must be the id of a colleague' })
  managerId?: string | null;
}

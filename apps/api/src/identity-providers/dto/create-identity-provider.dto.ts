import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateIdentityProviderRequest } from '@moot/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_METADATA_BYTES } from '../idp-metadata';
import { AttributeMappingDto } from './attribute-mapping.dto';
import {
  DISPLAY_NAME_MAX,
  HOSTNAME_MESSAGE,
  HOSTNAME_PATTERN,
  MAX_EMAIL_DOMAINS,
  normaliseEmailDomains,
  SLUG_MESSAGE,
  SLUG_PATTERN,
} from './identity-provider-rules';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** What an admin sends to connect an identity provider from its SAML metadata. */
export class CreateIdentityProviderDto implements CreateIdentityProviderRequest {
  @ApiProperty({ description: 'Short name used in the SAML URLs; cannot be "dev".', example: 'northshire', pattern: SLUG_PATTERN.source })
  @IsString({ message: `slug ${SLUG_MESSAGE}` })
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug!: string;

  @ApiProperty({ description: 'Shown on the sign-in button.', example: 'Northshire County Council', maxLength: DISPLAY_NAME_MAX })
  @Transform(trim)
  @IsString({ message: `displayName must be text of 1–${DISPLAY_NAME_MAX} characters` })
  @Length(1, DISPLAY_NAME_MAX, { message: `displayName must be 1–${DISPLAY_NAME_MAX} characters` })
  displayName!: string;

  @ApiProperty({ description: 'The identity provider\'s SAML metadata XML (at most 512 KB).' })
  @IsString({ message: 'metadataXml must be the SAML metadata XML as text' })
  @IsNotEmpty({ message: 'metadataXml must not be empty' })
  @MaxLength(MAX_METADATA_BYTES, { message: 'metadataXml must be at most 512 KB' })
  metadataXml!: string;

  @ApiPropertyOptional({ type: [String], description: 'Email domains this IdP signs people in for.', example: ['northshire.gov.uk'] })
  @IsOptional()
  @Transform(({ value }) => normaliseEmailDomains(value))
  @IsArray({ message: 'emailDomains must be a list of domain names' })
  @ArrayMaxSize(MAX_EMAIL_DOMAINS, { message: `emailDomains must list at most ${MAX_EMAIL_DOMAINS} domains` })
  @IsString({ each: true, message: `emailDomains ${HOSTNAME_MESSAGE}` })
  @Matches(HOSTNAME_PATTERN, { each: true, message: `emailDomains ${HOSTNAME_MESSAGE}` })
  emailDomains?: string[];

  @ApiPropertyOptional({ type: AttributeMappingDto })
  @IsOptional()
  @IsObject({ message: 'attributeMapping must be an object' })
  @ValidateNested()
  @Type(() => AttributeMappingDto)
  attributeMapping?: AttributeMappingDto;

  @ApiPropertyOptional({ description: 'Create accounts on first sign-in.', default: true })
  @IsOptional()
  @IsBoolean({ message: 'jitProvisioning must be true or false' })
  jitProvisioning?: boolean;

  @ApiPropertyOptional({ description: 'Accept IdP-initiated sign-in.', default: false })
  @IsOptional()
  @IsBoolean({ message: 'allowUnsolicited must be true or false' })
  allowUnsolicited?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;
}

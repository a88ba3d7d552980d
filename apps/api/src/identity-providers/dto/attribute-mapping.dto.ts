import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { AttributeMapping } from '../identity-provider.entity';
import { ATTRIBUTE_NAME_MAX } from './identity-provider-rules';

const NAME = { message: `$property must be a SAML attribute name of 1–${ATTRIBUTE_NAME_MAX} characters` };

function describe(field: string): { description: string; example?: string } {
  return { description: `SAML attribute that carries the ${field}; the built-in default when absent.` };
}

/** Which SAML attribute feeds which profile field. Unknown keys are refused. */
export class AttributeMappingDto implements AttributeMapping {
  @ApiPropertyOptional({ ...describe('email address'), example: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' })
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  email?: string;

  @ApiPropertyOptional(describe('given name'))
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  givenName?: string;

  @ApiPropertyOptional(describe('family name'))
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  familyName?: string;

  @ApiPropertyOptional(describe('display name'))
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  displayName?: string;

  @ApiPropertyOptional(describe('department'))
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  department?: string;

  @ApiPropertyOptional(describe('job title'))
  @IsOptional()
  @IsString(NAME)
  @Length(1, ATTRIBUTE_NAME_MAX, NAME)
  jobTitle?: string;
}

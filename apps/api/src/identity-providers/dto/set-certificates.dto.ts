import { ApiProperty } from '@nestjs/swagger';
import type { SetIdpCertificatesRequest } from '@moot/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength } from 'class-validator';
import { MAX_CERTIFICATES } from './identity-provider-rules';

/** The IdP's signing certificates: the current one, and the next one during a rotation. */
export class SetCertificatesDto implements SetIdpCertificatesRequest {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_CERTIFICATES, description: 'X.509 certificates in PEM or base64.' })
  @IsArray({ message: 'certificates must be a list of 1 or 2 certificates' })
  @ArrayMinSize(1, { message: 'certificates must contain at least one certificate' })
  @ArrayMaxSize(MAX_CERTIFICATES, { message: `certificates must contain at most ${MAX_CERTIFICATES} certificates` })
  @IsString({ each: true, message: 'certificates must each be PEM or base64 text' })
  @MaxLength(16_384, { each: true, message: 'certificates must each be at most 16 KB' })
  certificates!: string[];
}

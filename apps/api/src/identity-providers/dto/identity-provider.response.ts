import { ApiProperty } from '@nestjs/swagger';
import type {
  IdentityProviderListResponse as IdentityProviderListContract,
  IdentityProviderResponse as IdentityProviderContract,
  IdpCertificateInfo,
  ServiceProviderSettings,
} from '@moot/contracts';
import type { ServiceProviderUrls } from '../../auth/saml/saml.service';
import { CertificateInfo, certificateInfo } from '../certificate-info';
import type { IdentityProviderEntity } from '../identity-provider.entity';
import { AttributeMappingDto } from './attribute-mapping.dto';

export class CertificateInfoResponse implements CertificateInfo, IdpCertificateInfo {
  @ApiProperty({ example: 'CN=login.northshire.gov.uk' }) subject!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) notBefore!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) notAfter!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole days left; negative once expired.' }) daysRemaining!: number | null;
  @ApiProperty({ description: 'Fewer than 30 days left: ask the IdP team for the next certificate.' }) expiresSoon!: boolean;
  @ApiProperty() expired!: boolean;
  @ApiProperty({ type: String, nullable: true }) fingerprintSha256!: string | null;
}

/** The values the council's IT team enters at their identity provider for Moot. */
export class ServiceProviderSettingsResponse implements ServiceProviderSettings {
  @ApiProperty({ description: 'SP entity ID (audience).' }) entityId!: string;
  @ApiProperty({ description: 'Assertion consumer service URL (HTTP-POST).' }) acsUrl!: string;
  @ApiProperty({ description: 'Single logout URL (HTTP-Redirect).' }) sloUrl!: string;
  @ApiProperty({ description: 'Moot\'s SP metadata, to import at the IdP.' }) metadataUrl!: string;
}

/** Shapes shared with the web app through `@moot/contracts`; `implements` keeps them in step. */
export class IdentityProviderResponse implements IdentityProviderContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'The IdP\'s entity ID (expected Issuer).' }) entityId!: string;
  @ApiProperty() ssoUrl!: string;
  @ApiProperty({ type: String, nullable: true }) sloUrl!: string | null;
  @ApiProperty({ type: [String] }) emailDomains!: string[];
  @ApiProperty({ type: AttributeMappingDto }) attributeMapping!: AttributeMappingDto;
  @ApiProperty() jitProvisioning!: boolean;
  @ApiProperty() allowUnsolicited!: boolean;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'The built-in development IdP (never in production).' }) isDevelopment!: boolean;
  @ApiProperty({ type: [CertificateInfoResponse] }) certificates!: CertificateInfoResponse[];
  @ApiProperty({ type: ServiceProviderSettingsResponse }) serviceProvider!: ServiceProviderSettingsResponse;
  @ApiProperty({ description: 'Open to try signing in through this IdP.', example: '/api/auth/saml/northshire/login?returnTo=/' })
  testSignInUrl!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class IdentityProviderListResponse implements IdentityProviderListContract {
  @ApiProperty({ type: [IdentityProviderResponse] }) identityProviders!: IdentityProviderResponse[];
}

export function testSignInPath(slug: string): string {
  return `/api/auth/saml/${encodeURIComponent(slug)}/login?returnTo=/`;
}

export function toIdentityProviderResponse(
  idp: IdentityProviderEntity,
  serviceProvider: ServiceProviderUrls & { metadataUrl: string },
  now: Date = new Date(),
): IdentityProviderResponse {
  return {
    id: idp.id,
    slug: idp.slug,
    displayName: idp.displayName,
    entityId: idp.entityId,
    ssoUrl: idp.ssoUrl,
    sloUrl: idp.sloUrl,
    emailDomains: idp.emailDomains,
    attributeMapping: idp.attributeMapping,
    jitProvisioning: idp.jitProvisioning,
    allowUnsolicited: idp.allowUnsolicited,
    enabled: idp.enabled,
    isDevelopment: idp.isDevelopment,
    certificates: idp.signingCertificates.map((body) => certificateInfo(body, now)),
    serviceProvider: { entityId: serviceProvider.entityId, acsUrl: serviceProvider.acsUrl, sloUrl: serviceProvider.sloUrl, metadataUrl: serviceProvider.metadataUrl },
    testSignInUrl: testSignInPath(idp.slug),
    createdAt: idp.createdAt.toISOString(),
    updatedAt: idp.updatedAt.toISOString(),
  };
}

import { IdentityProviderResponse, IdpCertificateInfo } from '@moot/contracts';

/** A signing certificate a long way from expiry; override fields for the case at hand. */
export function aCertificate(overrides: Partial<IdpCertificateInfo> = {}): IdpCertificateInfo {
  return {
    subject: 'CN=login.anytown.gov.uk',
    issuer: 'CN=login.anytown.gov.uk',
    notBefore: '2025-01-01T00:00:00.000Z',
    notAfter: '2028-01-01T00:00:00.000Z',
    daysRemaining: 400,
    expiresSoon: false,
    expired: false,
    fingerprintSha256: 'AB:CD',
    ...overrides,
  };
}

/** Anytown's identity provider as the admin API returns it. */
export function anIdentityProvider(overrides: Partial<IdentityProviderResponse> = {}): IdentityProviderResponse {
  const base = 'https://moot.anytown.gov.uk/api/auth/saml/anytown';
  return {
    id: '5f0c8a52-8d0e-4a43-9a57-2f1e6a0f6b01',
    slug: 'anytown',
    displayName: 'Anytown Council',
    entityId: 'https://sts.windows.net/anytown/',
    ssoUrl: 'https://login.microsoftonline.com/anytown/saml2',
    sloUrl: null,
    emailDomains: ['anytown.gov.uk'],
    attributeMapping: {},
    jitProvisioning: true,
    allowUnsolicited: false,
    enabled: true,
    isDevelopment: false,
    certificates: [aCertificate()],
    serviceProvider: {
      entityId: `${base}/metadata`,
      acsUrl: `${base}/acs`,
      sloUrl: `${base}/slo`,
      metadataUrl: `${base}/metadata`,
    },
    testSignInUrl: '/api/auth/saml/anytown/login?returnTo=/',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

/**
 * Admin REST shapes for identity providers (`/api/admin/identity-providers`). They mirror the
 * API's DTOs in apps/api/src/identity-providers/dto field for field.
 */

/** Which SAML attribute feeds which profile field; an absent key uses the built-in default. */
export interface IdpAttributeMapping {
  email?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  department?: string;
  jobTitle?: string;
}

export type IdpAttributeKey = keyof IdpAttributeMapping;

/** One IdP signing certificate, as an admin needs to see it. */
export interface IdpCertificateInfo {
  subject: string;
  issuer: string;
  /** ISO date-time, null when the certificate cannot be read. */
  notBefore: string | null;
  notAfter: string | null;
  /** Whole days left; negative once expired; null when unreadable. */
  daysRemaining: number | null;
  /** Fewer than 30 days left: ask the IdP team for the next certificate. */
  expiresSoon: boolean;
  expired: boolean;
  fingerprintSha256: string | null;
}

/** The values the council's IT team enters at their identity provider for Moot. */
export interface ServiceProviderSettings {
  /** SP entity ID (audience). */
  entityId: string;
  /** Assertion consumer service URL (HTTP-POST). */
  acsUrl: string;
  /** Single logout URL (HTTP-Redirect). */
  sloUrl: string;
  /** Moot's SP metadata, to import at the IdP. */
  metadataUrl: string;
}

/** `GET /api/admin/identity-providers/:id`, and the answer to every change. */
export interface IdentityProviderResponse {
  id: string;
  slug: string;
  displayName: string;
  /** The IdP's entity ID (expected Issuer). */
  entityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  emailDomains: string[];
  attributeMapping: IdpAttributeMapping;
  jitProvisioning: boolean;
  allowUnsolicited: boolean;
  enabled: boolean;
  /** The built-in development IdP (never in production). */
  isDevelopment: boolean;
  certificates: IdpCertificateInfo[];
  serviceProvider: ServiceProviderSettings;
  /** Relative URL that starts a sign-in through this IdP. */
  testSignInUrl: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/admin/identity-providers`. */
export interface IdentityProviderListResponse {
  identityProviders: IdentityProviderResponse[];
}

/** `POST /api/admin/identity-providers`. Unknown fields are refused (400). */
export interface CreateIdentityProviderRequest {
  slug: string;
  displayName: string;
  /** The IdP's SAML metadata XML, at most 512 KB. */
  metadataXml: string;
  emailDomains?: string[];
  attributeMapping?: IdpAttributeMapping;
  jitProvisioning?: boolean;
  allowUnsolicited?: boolean;
  enabled?: boolean;
}

/** `PATCH /api/admin/identity-providers/:id`: any subset; `metadataXml` re-imports the metadata. */
export type UpdateIdentityProviderRequest = Partial<CreateIdentityProviderRequest>;

/** `PUT /api/admin/identity-providers/:id/certificates`: the current and, during a rotation, the next one. */
export interface SetIdpCertificatesRequest {
  /** One or two X.509 certificates in PEM or base64. */
  certificates: string[];
}

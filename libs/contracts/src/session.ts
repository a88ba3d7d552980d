export type SiteRole = 'admin' | 'member';

/** `GET /api/auth/me`: the signed-in person. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  role: SiteRole;
  /**
   * True while the person has not accepted the current house rules (first sign-in, or after a
   * material change). The server always sends it; optional only so older fixtures still type.
   */
  mustAcceptHouseRules?: boolean;
}

/** An identity provider a person can sign in with, as listed on the sign-in page. */
export interface SignInProvider {
  slug: string;
  displayName: string;
  /** Relative URL that starts SAML sign-in at this provider. */
  loginUrl: string;
}

/** `GET /api/auth/discover?email=`: the identity provider for that email's domain (404 if none). */
export interface DiscoverProviderResponse {
  provider: SignInProvider;
}

/** `GET /api/auth/providers`. */
export interface SignInProvidersResponse {
  providers: SignInProvider[];
}

/** Public, unauthenticated facts the web app needs before sign-in. */
export interface SiteInfo {
  siteName: string;
  /** True when the built-in development identity provider is active (never in production). */
  devIdpEnabled: boolean;
}

/**
 * `POST /api/auth/logout`: where to send the browser next. A relative path stays in the app;
 * an absolute URL is the identity provider's single logout.
 */
export interface SignOutResponse {
  redirectTo: string;
}

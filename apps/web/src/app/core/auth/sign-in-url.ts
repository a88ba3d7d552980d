import { safeReturnTo } from '@moot/contracts';

// Any origin will do: it only lets the URL API parse relative paths.
const PARSE_BASE = 'http://moot.invalid';

/** Where to come back to after sign-in: a safe relative path, never the sign-in page itself. */
export function signInReturnTo(candidate: unknown): string {
  const path = safeReturnTo(candidate);
  return path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/sign-in#') ? '/' : path;
}

/**
 * The provider's login URL with `returnTo` added, or null when the login URL is not a
 * same-origin relative path (the API only ever sends those; anything else is refused).
 */
export function loginUrlWithReturnTo(loginUrl: string, returnTo: string): string | null {
  if (safeReturnTo(loginUrl, '') === '') return null;
  const url = new URL(loginUrl, PARSE_BASE);
  url.searchParams.set('returnTo', signInReturnTo(returnTo));
  return `${url.pathname}${url.search}${url.hash}`;
}

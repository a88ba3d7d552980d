import { HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';

/** Cookie names the API may use for the CSRF token; `__Host-` is the HTTPS one, so it wins. */
export const CSRF_COOKIE_NAMES = ['__Host-moot_csrf', 'moot_csrf'] as const;
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sends the session cookie with every same-origin request and, on state-changing ones,
 * echoes the CSRF cookie in a header (double-submit). Other origins get neither.
 */
export const credentialsInterceptor: HttpInterceptorFn = (req, next) => {
  const document = inject(DOCUMENT);
  if (!isSameOrigin(req.url, document)) return next(req);

  let headers = req.headers;
  if (!SAFE_METHODS.has(req.method.toUpperCase()) && !headers.has(CSRF_HEADER)) {
    const token = readCsrfToken(document.cookie);
    if (token) headers = headers.set(CSRF_HEADER, token);
  }
  return next(req.clone({ withCredentials: true, headers }));
};

export function readCsrfToken(cookieHeader: string): string | null {
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    cookies.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  for (const name of CSRF_COOKIE_NAMES) {
    const value = cookies.get(name);
    if (value) return safeDecode(value);
  }
  return null;
}

function isSameOrigin(url: string, document: Document): boolean {
  try {
    return new URL(url, document.baseURI).origin === document.location.origin;
  } catch {
    return false;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

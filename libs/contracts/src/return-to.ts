/**
 * Where a person may be sent after sign-in. Only a same-origin relative path is allowed:
 * it must start with a single `/`, must not start with `//` or `/\` (protocol-relative), and
 * must contain no scheme, backslash or control character. Anything else falls back to `/`.
 */
export function safeReturnTo(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string') return fallback;
  if (candidate.length === 0 || candidate.length > 2048) return fallback;
  if (!candidate.startsWith('/')) return fallback;
  if (candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  // Control characters and backslashes let browsers reinterpret the path as another origin.
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  // Encoded slashes or backslashes at the start are decoded by some servers into `//`.
  if (/^\/(%2f|%5c)/i.test(candidate)) return fallback;
  return candidate;
}

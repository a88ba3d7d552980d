import { X509Certificate } from 'node:crypto';
import type { IdpCertificateInfo } from '@moot/contracts';
import { pemBody } from './idp-metadata';

/** Admins are warned this many days before a signing certificate expires. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

/** What an admin needs to know about one IdP signing certificate (the REST shape). */
export type CertificateInfo = IdpCertificateInfo;

export class CertificateError extends Error {
  override name = 'CertificateError';
}

function oneLine(distinguishedName: string): string {
  return distinguishedName.split('\n').filter(Boolean).join(', ');
}

function parse(body: string): X509Certificate {
  return new X509Certificate(Buffer.from(body, 'base64'));
}

/**
 * Accepts a certificate as PEM or bare base64 and returns its base64 DER body, the form
 * identity providers are stored in. Throws {@link CertificateError} when it is not X.509.
 */
export function normaliseCertificate(input: string): string {
  if (/-----BEGIN (?!CERTIFICATE-----)/.test(input)) throw new CertificateError('only a CERTIFICATE block is accepted, not a key');
  const body = pemBody(input);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new CertificateError('it is not PEM or base64');
  try {
    parse(body);
  } catch {
    throw new CertificateError('it does not decode to an X.509 certificate');
  }
  return body;
}

/** Subject and expiry of a stored certificate body; never throws (an unreadable one counts as expired). */
export function certificateInfo(body: string, now: Date = new Date()): CertificateInfo {
  let certificate: X509Certificate;
  try {
    certificate = parse(body);
  } catch {
    return {
      subject: '(unreadable certificate)',
      issuer: '',
      notBefore: null,
      notAfter: null,
      daysRemaining: null,
      expiresSoon: false,
      expired: true,
      fingerprintSha256: null,
    };
  }
  const notAfter = new Date(certificate.validTo);
  const remainingMs = notAfter.getTime() - now.getTime();
  const expired = remainingMs <= 0;
  const daysRemaining = Math.trunc(remainingMs / DAY_MS);
  return {
    subject: oneLine(certificate.subject),
    issuer: oneLine(certificate.issuer),
    notBefore: new Date(certificate.validFrom).toISOString(),
    notAfter: notAfter.toISOString(),
    daysRemaining,
    expiresSoon: !expired && daysRemaining < EXPIRY_WARNING_DAYS,
    expired,
    fingerprintSha256: certificate.fingerprint256,
  };
}

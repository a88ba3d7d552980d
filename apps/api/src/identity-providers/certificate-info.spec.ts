import { generate } from 'selfsigned';
import { CertificateError, certificateInfo, normaliseCertificate } from './certificate-info';

const DAY_MS = 86_400_000;

describe(certificateInfo.name, () => {
  let pem: string;
  let privateKey: string;
  const notAfter = new Date(Date.now() + 100 * DAY_MS);

  beforeAll(async () => {
    const pems = await generate([{ name: 'commonName', value: 'sts.westfield.gov.uk' }, { name: 'organizationName', value: 'Westfield' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: new Date(Date.now() - DAY_MS),
      notAfterDate: notAfter,
    });
    pem = pems.cert;
    privateKey = pems.private;
  });

  it('accepts PEM or bare base64 and keeps the base64 body', () => {
    const body = normaliseCertificate(pem);
    expect(body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(normaliseCertificate(body)).toBe(body);
  });

  it.each([
    ['a private key', () => privateKey, /only a CERTIFICATE block/],
    ['text', () => 'not a certificate!', /not PEM or base64/],
    ['base64 that is not a certificate', () => Buffer.from('hello').toString('base64'), /does not decode to an X.509 certificate/],
  ])('refuses %s', (_what, input, message) => {
    expect(() => normaliseCertificate(input())).toThrow(CertificateError);
    expect(() => normaliseCertificate(input())).toThrow(message);
  });

  it('reports the subject, expiry and days remaining', () => {
    const sut = certificateInfo(normaliseCertificate(pem));
    expect(sut).toMatchObject({ subject: 'CN=sts.westfield.gov.uk, O=Westfield', expiresSoon: false, expired: false });
    expect(sut.daysRemaining).toBe(99);
    expect(Math.abs(new Date(sut.notAfter as string).getTime() - notAfter.getTime())).toBeLessThan(1000);
    expect(sut.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('warns under 30 days before expiry, and flags an expired certificate', () => {
    const body = normaliseCertificate(pem);
    expect(certificateInfo(body, new Date(notAfter.getTime() - 29 * DAY_MS))).toMatchObject({ expiresSoon: true, expired: false, daysRemaining: 28 });
    expect(certificateInfo(body, new Date(notAfter.getTime() - 31 * DAY_MS))).toMatchObject({ expiresSoon: false, expired: false });
    expect(certificateInfo(body, new Date(notAfter.getTime() + DAY_MS))).toMatchObject({ expiresSoon: false, expired: true, daysRemaining: -1 });
  });

  it('reports an unreadable stored certificate as expired rather than failing the list', () => {
    expect(certificateInfo('bm90IGEgY2VydA==')).toMatchObject({ expired: true, notAfter: null, daysRemaining: null });
  });
});

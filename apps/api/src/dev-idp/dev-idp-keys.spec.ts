import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { loadOrCreateDevIdpKeys } from './dev-idp-keys';

describe(loadOrCreateDevIdpKeys.name, () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'moot-dev-idp-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('generates a key and a ten-year self-signed certificate on first run, the key readable by the owner only', async () => {
    const keys = await loadOrCreateDevIdpKeys(dataDir);

    expect(keys.privateKeyPem).toContain('PRIVATE KEY');
    const certificate = new X509Certificate(keys.certificatePem);
    expect(certificate.subject).toContain('CN=Moot development IdP');
    const years = (Date.parse(certificate.validTo) - Date.parse(certificate.validFrom)) / (365 * 24 * 3600 * 1000);
    expect(years).toBeGreaterThan(9.9);
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const keyMode = (await stat(path.join(dataDir, 'dev-idp', 'key.pem'))).mode & 0o777;
    expect(keyMode).toBe(0o600);
  });

  it('reuses the same key and certificate on the next run', async () => {
    const first = await loadOrCreateDevIdpKeys(dataDir);
    const second = await loadOrCreateDevIdpKeys(dataDir);

    expect(second).toEqual(first);
  });
});

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface IdpKeyPair {
  privateKeyPem: string;
  certificatePem: string;
}

const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;

/** An RSA 2048 key and a self-signed SHA-256 certificate for a SAML IdP's signing key. */
export async function generateIdpKeyPair(commonName: string, validForMs = TEN_YEARS_MS): Promise<IdpKeyPair> {
  const notBeforeDate = new Date();
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + validForMs),
  });
  return { privateKeyPem: pems.private, certificatePem: pems.cert };
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Write to a temporary name first so a crash never leaves half a key behind. */
async function writeAtomically(file: string, contents: string, mode: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents, { mode });
  await rename(temporary, file);
}

/**
 * The development IdP's signing key, generated on first run under `<dataDir>/dev-idp/`
 * (`key.pem` readable by the owner only, `cert.pem`) and reused afterwards, so the metadata
 * Moot registered for it stays valid across restarts.
 */
export async function loadOrCreateDevIdpKeys(dataDir: string): Promise<IdpKeyPair> {
  const directory = path.join(dataDir, 'dev-idp');
  const keyFile = path.join(directory, 'key.pem');
  const certFile = path.join(directory, 'cert.pem');
  const [privateKeyPem, certificatePem] = await Promise.all([readIfPresent(keyFile), readIfPresent(certFile)]);
  if (privateKeyPem && certificatePem) return { privateKeyPem, certificatePem };

  const pair = await generateIdpKeyPair('Moot development IdP');
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await writeAtomically(keyFile, pair.privateKeyPem, 0o600);
  await writeAtomically(certFile, pair.certificatePem, 0o644);
  return pair;
}

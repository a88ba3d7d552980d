import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { DataSource } from 'typeorm';
import { runCli } from '../src/cli/run-cli';
import { AppConfig } from '../src/config/app-config';
import { loadConfig } from '../src/config/load-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { UserEntity } from '../src/users/user.entity';
import { createTestDatabase, TestDatabase } from './test-database';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function metadataXml(host: string): Promise<string> {
  const { cert } = await generate([{ name: 'commonName', value: host }], { keySize: 2048, algorithm: 'sha256' });
  const body = cert.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
  return `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://${host}/adfs/services/trust">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${host}/adfs/ls/"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

describe('admin CLI (runCli)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let config: AppConfig;
  let dir: string;

  async function cli(...argv: string[]): Promise<Run> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: { write: (text: string) => (out += text) }, err: { write: (text: string) => (err += text) } }, { config });
    return { code, out, err };
  }

  const createUser = (email: string, role: 'admin' | 'member' = 'member'): Promise<UserEntity> =>
    dataSource.getRepository(UserEntity).save({ email, displayName: email, role, status: 'active' });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moot-cli-test-'));
    config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, SEED_DEMO: 'false', PUBLIC_URL: 'https://moot.eastfield.example' })
      .withDatabaseUrl(database.url);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints help (exit 0)', async () => {
    const run = await cli('help');
    expect(run.code).toBe(0);
    for (const name of ['idp:add', 'idp:list', 'user:grant-admin', 'admin:login-link']) expect(run.out).toContain(name);
  });

  it.each([
    [[], /usage: npm run cli/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['idp:add', '--metadata', 'x.xml'], /--slug is required/],
    [['idp:add', '--slug', 'x', '--metadata', 'x.xml', '--colour', 'red'], /Unknown option '--colour'/],
    [['user:grant-admin'], /a required argument is missing/],
    [['user:grant-admin', 'a@b.example', 'c@d.example'], /unexpected argument "c@d.example"/],
    [['admin:login-link', 'not-an-email'], /is not an email address/],
  ])('answers %p with a usage error (exit 2)', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.out).toBe('');
  });

  it('adds an IdP from a metadata file, then lists it', async () => {
    const file = path.join(dir, 'eastfield-adfs.xml');
    fs.writeFileSync(file, await metadataXml('adfs.eastfield.gov.uk'));
    const added = await cli('idp:add', '--slug', 'eastfield', '--metadata', file, '--domains', 'eastfield.gov.uk, Schools.Eastfield.gov.uk', '--name', 'Eastfield Borough Council', '--no-jit');
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(added.out).toContain('Connected identity provider "eastfield" (Eastfield Borough Council)');
    expect(added.out).toContain('https://moot.eastfield.example/api/auth/saml/eastfield/acs');
    expect(added.out).toContain('https://moot.eastfield.example/api/auth/saml/eastfield/login?returnTo=/');

    const [idp] = await dataSource.query(`SELECT id, email_domains, jit_provisioning, display_name FROM identity_providers WHERE slug = 'eastfield'`);
    expect(idp).toMatchObject({ email_domains: ['eastfield.gov.uk', 'schools.eastfield.gov.uk'], jit_provisioning: false, display_name: 'Eastfield Borough Council' });
    const [audit] = await dataSource.query(`SELECT actor_user_id, actor_label FROM audit_events WHERE action = 'idp.create' AND target_id = $1`, [idp.id]);
    expect(audit.actor_user_id).toBeNull();
    expect(audit.actor_label).toMatch(/^cli:.+@.+$/);

    const listed = await cli('idp:list');
    expect(listed.code).toBe(0);
    const row = listed.out.split('\n').find((line) => line.startsWith('eastfield '));
    expect(row).toMatch(/eastfield\s+Eastfield Borough Council\s+yes\s+eastfield\.gov\.uk,schools\.eastfield\.gov\.uk\s+\d{4}-\d{2}-\d{2} \(36\d days\)/);
  });

  it('refuses a taken slug and an unreadable file with one line (exit 1)', async () => {
    const file = path.join(dir, 'other.xml');
    fs.writeFileSync(file, await metadataXml('idp.other.example'));
    await expect(cli('idp:add', '--slug', 'other', '--metadata', file)).resolves.toMatchObject({ code: 0 });
    const taken = await cli('idp:add', '--slug', 'other', '--metadata', file);
    expect(taken).toMatchObject({ code: 1, out: '', err: 'moot: Another identity provider already uses the slug "other".\n' });
    const missing = await cli('idp:add', '--slug', 'missing', '--metadata', path.join(dir, 'nope.xml'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^moot: cannot read the metadata file .*nope\.xml \(ENOENT\)\.\n$/);
  });

  it('grants the admin role and audits it as the CLI user', async () => {
    const user = await createUser('priya.shah@eastfield.gov.uk');
    const run = await cli('user:grant-admin', 'Priya.Shah@eastfield.gov.uk');
    expect(run).toMatchObject({ code: 0, out: 'priya.shah@eastfield.gov.uk is now a site admin.\n' });
    expect((await dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id })).role).toBe('admin');
    const [audit] = await dataSource.query(`SELECT actor_label FROM audit_events WHERE action = 'user.grant_admin' AND target_id = $1`, [user.id]);
    expect(audit.actor_label).toMatch(/^cli:/);
  });

  it('answers user:grant-admin for an unknown address with one line (exit 1)', async () => {
    const run = await cli('user:grant-admin', 'nobody@eastfield.gov.uk');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^moot: no one in Moot has the email address nobody@eastfield\.gov\.uk[^\n]*\n$/);
  });

  it('prints a one-use login link for an admin, and refuses one for a member', async () => {
    await createUser('it.lead@eastfield.gov.uk', 'admin');
    const run = await cli('admin:login-link', 'it.lead@eastfield.gov.uk');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^https:\/\/moot\.eastfield\.example\/api\/auth\/login-link\/[A-Za-z0-9_-]{43}\n/);
    expect(run.out).toContain('valid for 15 minutes, once');

    await createUser('member@eastfield.gov.uk');
    const refused = await cli('admin:login-link', 'member@eastfield.gov.uk');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^moot: member@eastfield\.gov\.uk is not a site admin[^\n]*\n$/);
  });
});

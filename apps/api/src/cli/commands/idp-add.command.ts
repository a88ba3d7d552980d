import { readFile, stat } from 'node:fs/promises';
import { IdentityProviderAdminService } from '../../identity-providers/identity-provider-admin.service';
import { IdentityProviderResponse } from '../../identity-providers/dto/identity-provider.response';
import { MAX_METADATA_BYTES } from '../../identity-providers/idp-metadata';
import { CliCommand, CliError, CliIo, CliUsageError } from '../cli-command';
import { parseOptions } from '../parse-options';
import { describeCertificates } from './idp-list.command';

interface IdpAddOptions {
  slug: string;
  metadataFile: string;
  domains: string[];
  name: string;
  jit: boolean;
}

async function readMetadata(file: string): Promise<string> {
  try {
    if ((await stat(file)).size > MAX_METADATA_BYTES) throw new CliError(`${file} is larger than 512 KB; is it really SAML metadata?`);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read the metadata file ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

function printConnected(idp: IdentityProviderResponse, publicUrl: string, io: CliIo): void {
  const rows: [string, string][] = [
    ['IdP entity ID', idp.entityId],
    ['IdP sign-in URL', idp.ssoUrl],
    ['Email domains', idp.emailDomains.length > 0 ? idp.emailDomains.join(', ') : '(none: people pick it on the sign-in page)'],
    ['Certificates', describeCertificates(idp)],
    ['Just-in-time accounts', idp.jitProvisioning ? 'yes' : 'no'],
  ];
  const sp: [string, string][] = [
    ['SP entity ID', idp.serviceProvider.entityId],
    ['ACS URL (HTTP-POST)', idp.serviceProvider.acsUrl],
    ['SLO URL', idp.serviceProvider.sloUrl],
    ['SP metadata', idp.serviceProvider.metadataUrl],
  ];
  const list = (pairs: [string, string][]): string => pairs.map(([label, value]) => `  ${label.padEnd(22)}${value}\n`).join('');
  io.out.write(
    `Connected identity provider "${idp.slug}" (${idp.displayName}).\n${list(rows)}\n` +
      `Give these to the team that runs the identity provider:\n${list(sp)}\n` +
      `Then test signing in: ${publicUrl}${idp.testSignInUrl}\n`,
  );
}

export const idpAddCommand: CliCommand<IdpAddOptions> = {
  name: 'idp:add',
  usage: '--slug S --metadata FILE [--domains a.gov.uk,b.gov.uk] [--name "Display name"] [--no-jit]',
  summary: 'Connect a SAML identity provider from its metadata XML file.',
  parse(args) {
    const { values } = parseOptions(args, {
      slug: { type: 'string' },
      metadata: { type: 'string' },
      domains: { type: 'string' },
      name: { type: 'string' },
      'no-jit': { type: 'boolean' },
    });
    if (!values.slug) throw new CliUsageError('--slug is required.');
    if (!values.metadata) throw new CliUsageError('--metadata is required (the path of the IdP\'s metadata XML file).');
    const domains = (values.domains ?? '').split(',').map((domain) => domain.trim()).filter(Boolean);
    return { slug: values.slug, metadataFile: values.metadata, domains, name: values.name ?? values.slug, jit: values['no-jit'] !== true };
  },
  async run({ app, actor, config }, options, io) {
    const metadataXml = await readMetadata(options.metadataFile);
    const idp = await app.get(IdentityProviderAdminService).create(
      { slug: options.slug, displayName: options.name, metadataXml, emailDomains: options.domains, jitProvisioning: options.jit },
      { actor },
    );
    printConnected(idp, config.publicUrl, io);
  },
};

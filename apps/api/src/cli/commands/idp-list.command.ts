import { IdentityProviderAdminService } from '../../identity-providers/identity-provider-admin.service';
import { CertificateInfoResponse, IdentityProviderResponse } from '../../identity-providers/dto/identity-provider.response';
import { CliCommand } from '../cli-command';
import { parseOptions } from '../parse-options';
import { formatTable } from '../table';

function describeCertificate(certificate: CertificateInfoResponse): string {
  if (!certificate.notAfter) return 'unreadable';
  const date = certificate.notAfter.slice(0, 10);
  if (certificate.expired) return `${date} EXPIRED`;
  return `${date} (${certificate.daysRemaining} days${certificate.expiresSoon ? ', EXPIRES SOON' : ''})`;
}

export function describeCertificates(idp: IdentityProviderResponse): string {
  return idp.certificates.map(describeCertificate).join('; ') || 'none';
}

/** A line for each IdP that will stop working (or has) unless its certificate is replaced. */
function warnings(providers: IdentityProviderResponse[]): string[] {
  return providers.flatMap((idp) =>
    idp.certificates
      .filter((certificate) => certificate.expired || certificate.expiresSoon)
      .map((certificate) =>
        certificate.expired
          ? `! ${idp.slug}: the signing certificate ${certificate.subject} has expired.`
          : `! ${idp.slug}: the signing certificate ${certificate.subject} expires in ${certificate.daysRemaining} days; add the next one (re-import the metadata).`,
      ),
  );
}

export const idpListCommand: CliCommand<Record<string, never>> = {
  name: 'idp:list',
  usage: '',
  summary: 'List identity providers, with their email domains and certificate expiry.',
  parse(args) {
    parseOptions(args, {});
    return {};
  },
  async run({ app }, _options, io) {
    const providers = await app.get(IdentityProviderAdminService).list();
    if (providers.length === 0) {
      io.out.write('No identity providers yet. Add one with: npm run cli -- idp:add --slug S --metadata FILE\n');
      return;
    }
    const rows = providers.map((idp) => [
      idp.slug,
      idp.displayName,
      idp.enabled ? 'yes' : 'no',
      idp.emailDomains.join(',') || '-',
      describeCertificates(idp),
    ]);
    io.out.write(formatTable(['SLUG', 'NAME', 'ENABLED', 'DOMAINS', 'CERTIFICATE EXPIRY'], rows));
    const lines = warnings(providers);
    if (lines.length > 0) io.out.write(`\n${lines.join('\n')}\n`);
  },
};

import { Injectable, Logger } from '@nestjs/common';
import { IdentityProviderRepository } from '../identity-providers/identity-provider.repository';
import { parseIdpMetadata } from '../identity-providers/idp-metadata';
import { DEV_IDP_SLUG, DevIdpService } from './dev-idp.service';

/**
 * Registers the development IdP as identity provider `dev`, like any other, so the real SAML
 * path works on a fresh machine. Only while no real IdP is configured: once a council adds
 * its own, the `dev` entry is left for admins to disable or delete.
 */
@Injectable()
export class DevIdpRegistrationService {
  private readonly logger = new Logger(DevIdpRegistrationService.name);

  constructor(
    private readonly providers: IdentityProviderRepository,
    private readonly devIdp: DevIdpService,
  ) {}

  async ensureRegistered(): Promise<void> {
    if ((await this.providers.countOthersThanDevelopment()) > 0) return;
    const metadataXml = await this.devIdp.metadataXml();
    const parsed = parseIdpMetadata(metadataXml);
    const existing = await this.providers.findBySlug(DEV_IDP_SLUG);
    await this.providers.save({
      ...(existing ?? {}),
      slug: DEV_IDP_SLUG,
      displayName: 'Development sign-in (demo people)',
      entityId: parsed.entityId,
      ssoUrl: parsed.ssoUrl,
      sloUrl: parsed.sloUrl,
      // The key lives under DATA_DIR: refresh it in case the folder was recreated.
      signingCertificates: parsed.signingCertificates,
      emailDomains: existing?.emailDomains ?? [],
      attributeMapping: existing?.attributeMapping ?? {},
      jitProvisioning: existing?.jitProvisioning ?? true,
      allowUnsolicited: false,
      enabled: existing?.enabled ?? true,
      isDevelopment: true,
      metadataXml,
    });
    if (!existing) this.logger.log(`registered the development identity provider as "${DEV_IDP_SLUG}"`);
  }
}

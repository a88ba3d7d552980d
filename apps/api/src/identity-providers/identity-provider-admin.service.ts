import { Injectable } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { AuditActor, AuditOrigin, AuditService } from '../audit/audit.service';
import { SamlService } from '../auth/saml/saml.service';
import { SessionService } from '../auth/sessions/session.service';
import { AppConfig } from '../config/app-config';
import { CertificateError, normaliseCertificate } from './certificate-info';
import {
  checkIdentityProviderFields,
  cleanAttributeMapping,
  DEVELOPMENT_SLUG,
  normaliseEmailDomains,
} from './dto/identity-provider-rules';
import { IdentityProviderResponse, toIdentityProviderResponse } from './dto/identity-provider.response';
import { AttributeMapping, IdentityProviderEntity } from './identity-provider.entity';
import { IdentityProviderException } from './identity-provider.exception';
import { IdentityProviderRepository } from './identity-provider.repository';
import { IdpMetadataError, parseIdpMetadata } from './idp-metadata';

export interface IdentityProviderInput {
  slug: string;
  displayName: string;
  metadataXml: string;
  emailDomains?: string[];
  attributeMapping?: AttributeMapping;
  jitProvisioning?: boolean;
  allowUnsolicited?: boolean;
  enabled?: boolean;
}

export type IdentityProviderChanges = Partial<IdentityProviderInput>;

/** Who makes a change and from where, for the audit log. */
export interface AdminChangeContext {
  actor: AuditActor;
  origin?: AuditOrigin;
}

type MetadataFields = Pick<IdentityProviderEntity, 'entityId' | 'ssoUrl' | 'sloUrl' | 'signingCertificates' | 'metadataXml'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AUDITED_FIELDS = [
  'slug', 'displayName', 'entityId', 'ssoUrl', 'sloUrl', 'signingCertificates', 'emailDomains',
  'attributeMapping', 'jitProvisioning', 'allowUnsolicited',
] as const;

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

/**
 * Connecting and maintaining identity providers: the rules behind the admin REST API and the
 * CLI alike. Every change is audited with the actor the caller passes in.
 */
@Injectable()
export class IdentityProviderAdminService {
  constructor(
    private readonly config: AppConfig,
    private readonly providers: IdentityProviderRepository,
    private readonly saml: SamlService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(): Promise<IdentityProviderResponse[]> {
    const now = new Date();
    return (await this.providers.listAll()).map((idp) => this.toResponse(idp, now));
  }

  async get(id: string): Promise<IdentityProviderResponse> {
    return this.toResponse(await this.find(id));
  }

  /** `isDevelopment` is for the built-in development IdP only (never in production). */
  async create(input: IdentityProviderInput, by: AdminChangeContext, options: { isDevelopment?: boolean } = {}): Promise<IdentityProviderResponse> {
    const isDevelopment = options.isDevelopment === true && !this.config.isProduction;
    const emailDomains = normaliseEmailDomains(input.emailDomains ?? []) as string[];
    this.assertValid({ ...input, emailDomains }, isDevelopment);
    const metadata = this.readMetadata(input.metadataXml);
    if (await this.providers.findBySlug(input.slug)) throw IdentityProviderException.slugTaken(input.slug);
    await this.assertDomainsFree(emailDomains, null);
    let idp: IdentityProviderEntity;
    try {
      idp = await this.providers.save({
        slug: input.slug,
        displayName: input.displayName.trim(),
        ...metadata,
        emailDomains,
        attributeMapping: cleanAttributeMapping(input.attributeMapping),
        jitProvisioning: input.jitProvisioning ?? true,
        allowUnsolicited: input.allowUnsolicited ?? false,
        enabled: input.enabled ?? true,
        isDevelopment,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw IdentityProviderException.slugTaken(input.slug);
      throw error;
    }
    await this.record('idp.create', idp, by, { entityId: idp.entityId, emailDomains, enabled: idp.enabled });
    return this.toResponse(idp);
  }

  async update(id: string, changes: IdentityProviderChanges, by: AdminChangeContext): Promise<IdentityProviderResponse> {
    const idp = await this.find(id);
    const emailDomains = changes.emailDomains === undefined ? undefined : (normaliseEmailDomains(changes.emailDomains) as string[]);
    this.assertValid({ ...changes, emailDomains }, idp.isDevelopment);
    const next: IdentityProviderEntity = { ...idp };
    if (changes.metadataXml !== undefined) Object.assign(next, this.readMetadata(changes.metadataXml));
    if (changes.slug !== undefined && changes.slug !== idp.slug) {
      if (await this.providers.findBySlug(changes.slug)) throw IdentityProviderException.slugTaken(changes.slug);
      next.slug = changes.slug;
    }
    if (emailDomains !== undefined) {
      await this.assertDomainsFree(emailDomains, idp.id);
      next.emailDomains = emailDomains;
    }
    if (changes.displayName !== undefined) next.displayName = changes.displayName.trim();
    if (changes.attributeMapping !== undefined) next.attributeMapping = cleanAttributeMapping(changes.attributeMapping);
    if (changes.jitProvisioning !== undefined) next.jitProvisioning = changes.jitProvisioning;
    if (changes.allowUnsolicited !== undefined) next.allowUnsolicited = changes.allowUnsolicited;
    if (changes.enabled !== undefined) next.enabled = changes.enabled;
    return this.saveChanges(idp, next, by);
  }

  /** Replaces the signing certificates (e.g. adding the next one before a rotation). */
  async setCertificates(id: string, certificates: string[], by: AdminChangeContext): Promise<IdentityProviderResponse> {
    const idp = await this.find(id);
    if (certificates.length < 1 || certificates.length > 2) {
      throw IdentityProviderException.invalidInput([{ field: 'certificates', messages: ['must contain one or two certificates'] }]);
    }
    const bodies = certificates.map((certificate, index) => {
      try {
        return normaliseCertificate(certificate);
      } catch (error) {
        throw IdentityProviderException.invalidCertificate(`certificates.${index}`, (error as CertificateError).message);
      }
    });
    return this.saveChanges(idp, { ...idp, signingCertificates: [...new Set(bodies)] }, by);
  }

  async setEnabled(id: string, enabled: boolean, by: AdminChangeContext): Promise<IdentityProviderResponse> {
    const idp = await this.find(id);
    return this.saveChanges(idp, { ...idp, enabled }, by);
  }

  async delete(id: string, by: AdminChangeContext): Promise<void> {
    const idp = await this.find(id);
    await this.providers.remove(idp.id);
    const sessionsEnded = await this.sessions.endAllForIdentityProvider(idp.id);
    await this.record('idp.delete', idp, by, { entityId: idp.entityId, sessionsEnded });
  }

  private async find(id: string): Promise<IdentityProviderEntity> {
    const idp = UUID.test(id) ? await this.providers.findById(id) : null;
    if (!idp) throw IdentityProviderException.notFound();
    return idp;
  }

  private assertValid(fields: Partial<IdentityProviderInput>, isDevelopment: boolean): void {
    const errors: FieldError[] = checkIdentityProviderFields(fields);
    if (fields.slug === DEVELOPMENT_SLUG && !isDevelopment) {
      errors.push({ field: 'slug', messages: ['"dev" is reserved for the built-in development identity provider'] });
    }
    if (errors.length > 0) throw IdentityProviderException.invalidInput(errors);
  }

  private readMetadata(xml: string): MetadataFields {
    let parsed;
    try {
      parsed = parseIdpMetadata(xml);
    } catch (error) {
      if (error instanceof IdpMetadataError) throw IdentityProviderException.invalidMetadata(error.message);
      throw error;
    }
    const signingCertificates = parsed.signingCertificates.map((body, index) => {
      try {
        return normaliseCertificate(body);
      } catch (error) {
        throw IdentityProviderException.invalidMetadata(`signing certificate ${index + 1} is not a valid X.509 certificate (${(error as Error).message}).`);
      }
    });
    return { entityId: parsed.entityId, ssoUrl: parsed.ssoUrl, sloUrl: parsed.sloUrl, signingCertificates, metadataXml: xml };
  }

  private async assertDomainsFree(domains: string[], exceptId: string | null): Promise<void> {
    const claimed = await this.providers.domainsClaimedElsewhere(domains, exceptId);
    if (claimed.length > 0) throw IdentityProviderException.domainClaimed(claimed.sort());
  }

  /** Saves and audits: `idp.update` for settings, `idp.enable`/`idp.disable` for the switch. */
  private async saveChanges(before: IdentityProviderEntity, next: IdentityProviderEntity, by: AdminChangeContext): Promise<IdentityProviderResponse> {
    const changed = AUDITED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]));
    const reimported = next.metadataXml !== before.metadataXml;
    const switched = next.enabled !== before.enabled;
    if (changed.length === 0 && !reimported && !switched) return this.toResponse(before);
    let saved: IdentityProviderEntity;
    try {
      saved = await this.providers.save(next);
    } catch (error) {
      if (isUniqueViolation(error)) throw IdentityProviderException.slugTaken(next.slug);
      throw error;
    }
    if (changed.length > 0 || reimported) await this.record('idp.update', saved, by, { changed, metadataReimported: reimported });
    // Turning an IdP off signs out everyone it signed in: a broken or compromised IdP's sessions must not outlive it.
    const sessionsEnded = switched && !saved.enabled ? await this.sessions.endAllForIdentityProvider(saved.id) : 0;
    if (switched) await this.record(saved.enabled ? 'idp.enable' : 'idp.disable', saved, by, saved.enabled ? {} : { sessionsEnded });
    return this.toResponse(saved);
  }

  private record(action: string, idp: IdentityProviderEntity, by: AdminChangeContext, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({
      actor: by.actor,
      action,
      target: { type: 'identity_provider', id: idp.id },
      details: { slug: idp.slug, ...details },
      origin: by.origin,
    });
  }

  private toResponse(idp: IdentityProviderEntity, now: Date = new Date()): IdentityProviderResponse {
    const metadataUrl = `${this.config.publicUrl}/api/auth/saml/${encodeURIComponent(idp.slug)}/metadata`;
    return toIdentityProviderResponse(idp, { ...this.saml.urls(idp), metadataUrl }, now);
  }
}

import { Injectable } from '@nestjs/common';
import type { PreviewResponse, SiteDocumentHistory, SiteDocumentKind, SiteDocumentVersion, SiteDocumentView } from '@moot/contracts';
import { AuditService, type AuditActor, type AuditOrigin } from '../audit/audit.service';
import { MarkdownService } from '../common/markdown/markdown.service';
import { toPersonSummary } from '../people/person-summary';
import type { PublishSiteDocumentDto } from './dto/site-document.dto';
import { SiteDocumentException } from './site-document.exception';
import { AcceptanceStanding, SiteDocumentRepository, VersionRow } from './site-document.repository';

export interface SiteDocumentActor {
  userId: string;
  isAdmin: boolean;
  audit: AuditActor;
  origin: AuditOrigin;
}

/**
 * The house rules and the moderation policy: versioned, published by admins, read by everyone.
 * Accepting the house rules: the first version and every later *material* version must be
 * accepted; a non-material change leaves earlier acceptances standing.
 */
@Injectable()
export class SiteDocumentsService {
  constructor(
    private readonly repository: SiteDocumentRepository,
    private readonly markdown: MarkdownService,
    private readonly audit: AuditService,
  ) {}

  async current(kind: SiteDocumentKind, actor: SiteDocumentActor): Promise<SiteDocumentView> {
    const row = await this.repository.current(kind);
    if (!row) throw SiteDocumentException.notFound();
    const acceptance = kind === 'house_rules' ? await this.acceptanceOf(actor.userId) : null;
    return { ...this.toVersion(row, actor.isAdmin), acceptance };
  }

  async history(kind: SiteDocumentKind, actor: SiteDocumentActor): Promise<SiteDocumentHistory> {
    const rows = await this.repository.history(kind);
    return { items: rows.map((row) => this.toVersion(row, actor.isAdmin)) };
  }

  async publish(kind: SiteDocumentKind, input: PublishSiteDocumentDto, actor: SiteDocumentActor): Promise<SiteDocumentVersion> {
    const changeSummary = input.changeSummary?.trim() || null;
    const id = await this.repository.publish(kind, { body: input.body, material: input.material, changeSummary, publishedById: actor.userId });
    const row = await this.repository.current(kind);
    if (!row) throw SiteDocumentException.notFound();
    await this.audit.record({
      actor: actor.audit,
      origin: actor.origin,
      action: 'site_document.publish',
      target: { type: 'site_document_version', id },
      details: { kind, version: row.version, material: row.material, changeSummary },
    });
    return this.toVersion(row, true);
  }

  preview(body: string): PreviewResponse {
    return { html: this.markdown.render(body) };
  }

  /** Accepts the current house rules; 409 when `version` is not the current one (they read an old copy). */
  async accept(version: number, actor: SiteDocumentActor): Promise<void> {
    const current = await this.repository.current('house_rules');
    if (!current) throw SiteDocumentException.notFound();
    if (current.version !== version) throw SiteDocumentException.versionNotCurrent(current.version);
    await this.repository.accept(actor.userId, current.id);
  }

  /** Whether the person must accept the house rules before writing. Nothing is required before a first version exists. */
  async mustAccept(userId: string): Promise<boolean> {
    return mustAcceptFrom(await this.repository.standing(userId));
  }

  private async acceptanceOf(userId: string): Promise<SiteDocumentView['acceptance']> {
    const standing = await this.repository.standing(userId);
    return { acceptedVersion: standing.acceptedVersion, mustAccept: mustAcceptFrom(standing) };
  }

  private toVersion(row: VersionRow, withSource: boolean): SiteDocumentVersion {
    return {
      kind: row.kind,
      version: row.version,
      bodyHtml: this.markdown.render(row.body),
      body: withSource ? row.body : null,
      material: row.material,
      changeSummary: row.changeSummary,
      publishedAt: new Date(row.publishedAt).toISOString(),
      // The publisher's department comes as a plain {id, name, slug}: all toPersonSummary reads.
      publishedBy: row.publisher ? toPersonSummary(row.publisher as Parameters<typeof toPersonSummary>[0]) : null,
    };
  }
}

export function mustAcceptFrom(standing: AcceptanceStanding): boolean {
  if (standing.requiredVersion === null) return false;
  return standing.acceptedVersion === null || standing.acceptedVersion < standing.requiredVersion;
}

/** REST shapes of the house rules, the moderation policy and group rules (issue #8). */
import type { PersonSummary } from './people';

/** The two site documents admins edit, each with its own version history. */
export type SiteDocumentKind = 'house_rules' | 'moderation_policy';
export const SITE_DOCUMENT_MAX = 50_000;
export const GROUP_RULES_MAX = 10_000;

export interface SiteDocumentVersion {
  kind: SiteDocumentKind;
  version: number;
  /** Server-rendered, sanitised HTML. */
  bodyHtml: string;
  /** Markdown source: admins only (for the editor), null for others. */
  body: string | null;
  /** A material change asks everyone to accept the house rules again. */
  material: boolean;
  changeSummary: string | null;
  publishedAt: string;
  publishedBy: PersonSummary | null;
}

/**
 * `GET /api/site-documents/:kind` (any signed-in person): the current version, or 404 when none
 * has been published. For house rules, `acceptance` says where the viewer stands.
 */
export interface SiteDocumentView extends SiteDocumentVersion {
  acceptance: { acceptedVersion: number | null; mustAccept: boolean } | null;
}

/** `GET /api/site-documents/:kind/versions` (admins): newest first. */
export interface SiteDocumentHistory {
  items: SiteDocumentVersion[];
}

/** `POST /api/site-documents/:kind/versions` (admins): publishes a new version. */
export interface PublishSiteDocumentRequest {
  body: string;
  material: boolean;
  changeSummary?: string;
}

/** `POST /api/site-documents/house_rules/acceptances` with the version read (204; 409 if not current). */
export interface AcceptHouseRulesRequest {
  version: number;
}

/** `POST /api/site-documents/preview` (admins): renders markdown as a version would be rendered. */
export interface PreviewSiteDocumentRequest {
  body: string;
}

export const SITE_DOCUMENT_KINDS: readonly SiteDocumentKind[] = ['house_rules', 'moderation_policy'];
export const CHANGE_SUMMARY_MAX = 500;

/** Error codes of site documents and house-rules acceptance. */
export const HOUSE_RULES_NOT_ACCEPTED = 'HOUSE_RULES_NOT_ACCEPTED';
export const HOUSE_RULES_VERSION_NOT_CURRENT = 'HOUSE_RULES_VERSION_NOT_CURRENT';

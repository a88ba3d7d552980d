import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SiteDocumentKind } from '@moot/contracts';
import type { UserEntity } from '../users/user.entity';

/** A version row with the publisher's summary fields. */
export interface VersionRow {
  id: string;
  kind: SiteDocumentKind;
  version: number;
  body: string;
  material: boolean;
  changeSummary: string | null;
  publishedAt: Date;
  publisher: (Pick<UserEntity, 'id' | 'displayName' | 'jobTitle' | 'status' | 'avatarKey'> & { department: { id: string; name: string; slug: string } | null }) | null;
}

export interface AcceptanceStanding {
  /** The newest version a person must have accepted (the first, or the latest material one); null when none published. */
  requiredVersion: number | null;
  /** The newest version the person accepted, or null. */
  acceptedVersion: number | null;
}

const VERSION_SELECT = `
  SELECT v.id, v.kind, v.version, v.body, v.material, v.change_summary AS "changeSummary", v.published_at AS "publishedAt",
    CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object(
      'id', u.id, 'displayName', u.display_name, 'jobTitle', u.job_title, 'status', u.status, 'avatarKey', u.avatar_key,
      'department', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'name', d.name, 'slug', d.slug) END
    ) END AS publisher
  FROM site_document_versions v
  LEFT JOIN users u ON u.id = v.published_by_id
  LEFT JOIN departments d ON d.id = u.department_id`;

@Injectable()
export class SiteDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async current(kind: SiteDocumentKind): Promise<VersionRow | null> {
    const rows = await this.dataSource.query<VersionRow[]>(`${VERSION_SELECT} WHERE v.kind = $1 ORDER BY v.version DESC LIMIT 1`, [kind]);
    return rows[0] ?? null;
  }

  history(kind: SiteDocumentKind): Promise<VersionRow[]> {
    return this.dataSource.query<VersionRow[]>(`${VERSION_SELECT} WHERE v.kind = $1 ORDER BY v.version DESC`, [kind]);
  }

  /** Publishes the next version number; the advisory lock keeps two admins from taking the same number. */
  async publish(kind: SiteDocumentKind, input: { body: string; material: boolean; changeSummary: string | null; publishedById: string }): Promise<string> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('site_document_versions:' || $1::text))`, [kind]);
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO site_document_versions (kind, version, body, material, change_summary, published_by_id)
         SELECT $1::varchar, COALESCE(MAX(version), 0) + 1, $2::text,
           -- The first version is always one everyone must accept.
           $3::boolean OR COALESCE(MAX(version), 0) = 0, $4::text, $5::uuid
         FROM site_document_versions WHERE kind = $1::varchar
         RETURNING id`,
        [kind, input.body, input.material, input.changeSummary, input.publishedById],
      );
      return rows[0].id;
    });
  }

  async standing(userId: string): Promise<AcceptanceStanding> {
    const rows: { requiredVersion: number | null; acceptedVersion: number | null }[] = await this.dataSource.query(
      `SELECT
         (SELECT MAX(version) FROM site_document_versions WHERE kind = 'house_rules' AND (material OR version = 1)) AS "requiredVersion",
         (SELECT MAX(v.version) FROM house_rules_acceptances a JOIN site_document_versions v ON v.id = a.version_id
           WHERE a.user_id = $1) AS "acceptedVersion"`,
      [userId],
    );
    return rows[0];
  }

  /** Records the acceptance once; accepting the same version again changes nothing. */
  async accept(userId: string, versionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO house_rules_acceptances (user_id, version_id) VALUES ($1, $2)
       ON CONFLICT (user_id, version_id) DO NOTHING RETURNING id`,
      [userId, versionId],
    );
    return rows.length > 0;
  }
}

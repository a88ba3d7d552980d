import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonalDataSection } from './personal-data-sections';

export type DataRow = Record<string, unknown>;

export interface AttachmentRow {
  id: string;
  ownerId: string;
  fileName: string;
  contentType: string;
  size: number;
  altText: string | null;
}

/** Rows per keyset batch of a personal download. */
export const PERSONAL_DATA_BATCH_SIZE = 200;

/** Reads of a personal download. Every query is filtered by the downloader's own id. */
@Injectable()
export class PersonalDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  async profile(userId: string): Promise<DataRow | null> {
    const rows: DataRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.given_name AS "givenName", u.family_name AS "familyName",
         u.job_title AS "jobTitle", d.name AS department, m.display_name AS manager, u.pronouns, u.location,
         u.working_pattern AS "workingPattern", u.phone, u.bio, u.ask_me_about AS "askMeAbout", u.interests,
         u.contact_preference AS "contactPreference", u.hidden_fields AS "hiddenFields", u.role,
         u.avatar_key IS NOT NULL AS "hasAvatar", u.created_at AS "createdAt", u.last_sign_in_at AS "lastSignInAt"
       FROM users u LEFT JOIN departments d ON d.id = u.department_id LEFT JOIN users m ON m.id = u.manager_id
       WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Downloads this person started in the last hour, from the audit log (shared by every instance). */
  async recentDownloads(userId: string): Promise<{ count: number; oldest: Date | null }> {
    const rows: { count: string; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*) AS count, min(at) AS oldest FROM audit_events
       WHERE actor_user_id = $1 AND action = 'personal_data.download' AND at > now() - interval '1 hour'`,
      [userId],
    );
    return { count: Number(rows[0].count), oldest: rows[0].oldest };
  }

  async tableExists(name: string): Promise<boolean> {
    const rows: { present: boolean }[] = await this.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${name}`]);
    return rows[0].present;
  }

  /** One section's rows, batch by batch, resuming after the last (at, id) seen. */
  async *batches(section: PersonalDataSection, userId: string): AsyncGenerator<DataRow[]> {
    // The timestamp travels as text: a JS Date would drop PostgreSQL's microseconds and repeat rows.
    let after = { at: '-infinity', id: '' };
    for (;;) {
      const rows: (DataRow & { _at: string; _id: string })[] = await this.dataSource.query(
        `SELECT ${section.select}, (${section.at})::text AS "_at", ${section.id} AS "_id"
         FROM ${section.from}
         WHERE ${section.where} AND (${section.at}, ${section.id}) > ($2::timestamptz, $3::text)
         ORDER BY ${section.at}, ${section.id}
         LIMIT ${PERSONAL_DATA_BATCH_SIZE}`,
        [userId, after.at, after.id],
      );
      if (rows.length === 0) return;
      const last = rows[rows.length - 1];
      after = { at: last._at, id: last._id };
      yield rows.map(({ _at, _id, ...row }) => row);
      if (rows.length < PERSONAL_DATA_BATCH_SIZE) return;
    }
  }

  async attachmentsOf(column: 'post_id' | 'reply_id', ids: string[]): Promise<AttachmentRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT id, ${column} AS "ownerId", file_name AS "fileName", content_type AS "contentType", size, alt_text AS "altText"
       FROM attachments WHERE ${column} = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ids],
    );
  }
}

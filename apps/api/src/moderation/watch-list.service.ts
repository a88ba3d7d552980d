import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WATCH_PHRASE_MAX, type WatchListResponse, type WatchWord } from '@moot/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { returningRows } from '../database/returning-rows';
import type { GroupActor } from '../groups/group-actor';
import { PERSON_COLUMNS, type PersonRow, toPersonRowSummary, UUID_PATTERN } from '../posts/post-row';
import { ModerationException } from './moderation.exception';
import { normaliseWatchPhrase } from './watch-list-matcher';

interface WatchWordRow {
  id: string;
  phrase: string;
  createdAt: Date;
  creatorId: string | null;
}

/** The keyword watch-list (site admins; the controller is admin-only). Phrases are stored normalised and unique. */
@Injectable()
export class WatchListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<WatchListResponse> {
    const rows: WatchWordRow[] = await this.dataSource.query(
      `SELECT w.id, w.phrase, w.created_at AS "createdAt", w.created_by AS "creatorId" FROM watch_words w ORDER BY w.phrase`,
    );
    return { items: await this.toViews(rows) };
  }

  async add(phrase: string, actor: GroupActor): Promise<WatchWord> {
    const normalised = normaliseWatchPhrase(phrase);
    if (normalised.length === 0) throw ModerationException.invalid('phrase', 'must not be empty');
    // NFKC may lengthen text (ligatures, full-width forms): the stored form must still fit.
    if (normalised.length > WATCH_PHRASE_MAX) throw ModerationException.invalid('phrase', `must be at most ${WATCH_PHRASE_MAX} characters`);
    const rows: WatchWordRow[] = await this.dataSource.query(
      `INSERT INTO watch_words (phrase, created_by, created_at) VALUES ($1, $2, now()) ON CONFLICT (phrase) DO NOTHING
       RETURNING id, phrase, created_at AS "createdAt", created_by AS "creatorId"`,
      [normalised, actor.viewer.userId],
    );
    if (!rows[0]) throw ModerationException.watchWordExists();
    await this.audit.record({ actor: actor.audit, origin: actor.origin, action: 'moderation.watch_word_added', target: { type: 'watch_word', id: rows[0].id }, details: { phrase: normalised } });
    const [view] = await this.toViews(rows);
    return view;
  }

  async remove(id: string, actor: GroupActor): Promise<void> {
    const removed = UUID_PATTERN.test(id)
      ? returningRows<{ phrase: string }>(await this.dataSource.query(`DELETE FROM watch_words WHERE id = $1 RETURNING phrase`, [id]))
      : [];
    if (!removed[0]) throw ModerationException.watchWordNotFound();
    await this.audit.record({ actor: actor.audit, origin: actor.origin, action: 'moderation.watch_word_removed', target: { type: 'watch_word', id }, details: { phrase: removed[0].phrase } });
  }

  private async toViews(rows: WatchWordRow[]): Promise<WatchWord[]> {
    const creatorIds = [...new Set(rows.flatMap((row) => (row.creatorId ? [row.creatorId] : [])))];
    const people: PersonRow[] = creatorIds.length
      ? await this.dataSource.query(`SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[])`, [creatorIds])
      : [];
    const byId = new Map(people.map((person) => [person.id, toPersonRowSummary(person)]));
    return rows.map((row) => ({
      id: row.id,
      phrase: row.phrase,
      createdBy: row.creatorId ? (byId.get(row.creatorId) ?? null) : null,
      createdAt: new Date(row.createdAt).toISOString(),
    }));
  }
}

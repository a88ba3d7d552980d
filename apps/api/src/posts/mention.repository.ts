import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupVisibilitySql } from '../authorization/authorization.service';
import { UUID_PATTERN } from './post-row';

export interface MentionedPerson {
  id: string;
  displayName: string;
  localPart: string;
}

/** Resolves what a body mentions: active people (by id or email local part) and groups the author may see. */
@Injectable()
export class MentionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  people(ids: string[], localParts: string[]): Promise<MentionedPerson[]> {
    if (ids.length === 0 && localParts.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", lower(split_part(email, '@', 1)) AS "localPart" FROM users
       WHERE status = 'active' AND (id = ANY($1::uuid[]) OR lower(split_part(email, '@', 1)) = ANY($2::text[]))
       ORDER BY created_at, id`,
      [ids.filter((id) => UUID_PATTERN.test(id)), localParts],
    );
  }

  groups(slugs: string[], authorId: string): Promise<{ id: string; slug: string }[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT g.id, g.slug FROM groups g WHERE g.slug = ANY($2::text[]) AND ${GroupVisibilitySql.canSeeGroup('g', '$1')}`, [
      authorId,
      slugs,
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import type { SearchKind } from '@moot/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';
import { likeContains, likePrefix } from '../common/sql-like';
import type { DepartmentRow, GroupRow } from '../groups/group.repository';
import { PERSON_COLUMNS, PersonRow } from '../skills/dto/skill.mappers';
import { searchUnionSql } from './search-branches';
import { escapeHtmlSql, SearchFilters, searchSql } from './search-sql';
import type { SearchText } from './search-text';
import { SearchException } from './search.exception';

export interface SearchRequest {
  viewerId: string;
  text: SearchText;
  filters: SearchFilters;
  asOf: Date;
  after: { rank: number; key: string } | null;
  take: number;
}

export interface SearchRow {
  kind: SearchKind;
  id: string;
  key: string;
  rank: number;
  created_at: Date | null;
  title: string;
  snippet_html: string;
  group_id: string | null;
  author_id: string | null;
  person_id: string | null;
  post_id: string | null;
}

export interface GroupRefRow {
  id: string;
  slug: string;
  name: string;
}

const HEADLINE_OPTIONS = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "'`;
const TIMEOUT = '2s';
const QUERY_CANCELED = '57014';

/** Search's SQL: one ranked UNION over every kind, keyset-paginated, under a statement timeout. */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ranked by `rank DESC, key`; snippets are made for the returned page only. */
  search(request: SearchRequest): Promise<SearchRow[]> {
    const sql = searchSql(request.viewerId, request.text, request.asOf, request.filters);
    const union = searchUnionSql(sql);
    if (union === null) return Promise.resolve([]);
    const { params } = sql;
    const after = request.after
      ? `WHERE (u.rank < ${params.add(request.after.rank)}::float8 OR (u.rank = ${params.add(request.after.rank)}::float8 AND u.key > ${params.add(request.after.key)}))`
      : '';
    const query = `SELECT h.kind, h.id, h.key, h.rank, h.created_at, h.title, h.group_id, h.author_id, h.person_id, h.post_id,
        ts_headline('english'::regconfig, ${escapeHtmlSql('coalesce(h.snippet_source, \'\')')}, ${sql.query}, ${HEADLINE_OPTIONS}) AS snippet_html
      FROM (
        SELECT u.* FROM (${union}) u
        ${after}
        ORDER BY u.rank DESC, u.key
        LIMIT ${params.add(request.take)}
      ) h
      ORDER BY h.rank DESC, h.key`;
    return this.withTimeout((manager) => manager.query(query, params.values));
  }

  /** The plan of a search, for tuning (`EXPLAIN (ANALYZE, BUFFERS)`). */
  explain(request: SearchRequest): Promise<string[]> {
    const sql = searchSql(request.viewerId, request.text, request.asOf, request.filters);
    const union = searchUnionSql(sql) ?? 'SELECT 1';
    const query = `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT u.* FROM (${union}) u ORDER BY u.rank DESC, u.key LIMIT ${sql.params.add(request.take)}`;
    return this.dataSource.query(query, sql.params.values).then((rows: { 'QUERY PLAN': string }[]) => rows.map((row) => row['QUERY PLAN']));
  }

  /** People whose name (or job title, topics) contains `q`, exact and name-prefix first. */
  suggestPeople(q: string, limit: number): Promise<PersonRow[]> {
    return this.withTimeout((manager) =>
      manager.query(
        `SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id
         WHERE u.status = 'active'
           AND moot_person_search_text(u.display_name, u.job_title, u.ask_me_about, u.interests) LIKE lower($1) ESCAPE '\\'
         ORDER BY lower(u.display_name) = lower($3) DESC, lower(u.display_name) LIKE lower($2) ESCAPE '\\' DESC, lower(u.display_name), u.id
         LIMIT $4`,
        [likeContains(q), likePrefix(q), q, limit],
      ),
    );
  }

  /** Groups the viewer may see whose name contains `q` (trigram index), exact and prefix first. */
  suggestGroups(viewerId: string, q: string, limit: number): Promise<GroupRefRow[]> {
    return this.withTimeout((manager) =>
      manager.query(
        `SELECT g.id, g.slug, g.name FROM groups g
         WHERE lower(g.name) LIKE lower($2) ESCAPE '\\'
           AND ${GroupVisibilitySql.canSeeGroup('g', '$1')} AND (g.archived_at IS NULL OR ${GroupVisibilitySql.isMember('g', '$1')})
         ORDER BY lower(g.name) = lower($4) DESC, lower(g.name) LIKE lower($3) ESCAPE '\\' DESC, lower(g.name), g.id
         LIMIT $5`,
        [viewerId, likeContains(q), likePrefix(q), q, limit],
      ),
    );
  }

  /** Topics starting with `q` on posts the viewer may see, most used first. */
  suggestTopics(viewerId: string, q: string, limit: number): Promise<{ topic: string }[]> {
    return this.withTimeout((manager) =>
      manager.query(
        `SELECT pt.topic FROM post_topics pt JOIN posts p ON p.id = pt.post_id LEFT JOIN groups g ON g.id = p.group_id
         WHERE pt.topic LIKE $2 ESCAPE '\\' AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$1')} AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', '$1')})
         GROUP BY pt.topic ORDER BY count(*) DESC, pt.topic LIMIT $3`,
        [viewerId, likePrefix(q), limit],
      ),
    );
  }

  people(ids: string[]): Promise<PersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT ${PERSON_COLUMNS} FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  groupRefs(ids: string[]): Promise<GroupRefRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(`SELECT g.id, g.slug, g.name FROM groups g WHERE g.id = ANY($1::uuid[])`, [ids]);
  }

  /** Group rows as the group directory reads them (the viewer's role, member counts). */
  groupSummaries(viewerId: string, ids: string[]): Promise<GroupRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT g.id, g.slug, g.name, g.description, g.purpose, g.house_rules AS "houseRules", g.visibility,
         g.archived_at AS "archivedAt", g.posting_permission AS "postingPermission",
         g.allow_anonymous_posts AS "allowAnonymousPosts", g.members_can_invite AS "membersCanInvite",
         g.linked_scim_group_id AS "linkedScimGroupId", g.created_at AS "createdAt",
         (SELECT count(*)::int FROM group_memberships cm JOIN users cu ON cu.id = cm.user_id AND cu.status = 'active' WHERE cm.group_id = g.id) AS "memberCount",
         (SELECT rm.role FROM group_memberships rm WHERE rm.group_id = g.id AND rm.user_id = $1) AS "myRole",
         EXISTS (SELECT 1 FROM group_join_requests rr WHERE rr.group_id = g.id AND rr.user_id = $1) AS "requestPending",
         ${GroupVisibilitySql.isInvited('g', '$1')} AS invited
       FROM groups g WHERE g.id = ANY($2::uuid[])`,
      [viewerId, ids],
    );
  }

  departmentsOf(groupIds: string[]): Promise<DepartmentRow[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT gd.group_id AS "groupId", d.id, d.name, d.slug FROM group_departments gd JOIN departments d ON d.id = gd.department_id
       WHERE gd.group_id = ANY($1::uuid[]) ORDER BY d.name`,
      [groupIds],
    );
  }

  /** Runs in a transaction whose statements are cancelled after {@link TIMEOUT}: no search can slow the server. */
  private async withTimeout<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = '${TIMEOUT}'`);
        return work(manager);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string }; code?: string }).driverError?.code === QUERY_CANCELED || (error as { code?: string }).code === QUERY_CANCELED) {
        throw SearchException.tooSlow();
      }
      throw error;
    }
  }
}

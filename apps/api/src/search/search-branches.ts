import type { SearchKind } from '@moot/contracts';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';
import { contentFiltersSql, dateFiltersSql, decayedRankSql, postTitleSql, SearchSql, visiblePostSql } from './search-sql';

/**
 * One SELECT per kind, each with the same columns, each filtered by what the viewer may see:
 * kind, id, key (kind:id, the keyset tie-break), rank, created_at, title, snippet_source
 * (plain text for the headline), group_id, author_id (named authors only), person_id, post_id.
 * Null when a filter rules the kind out (people have no group, author or date).
 */
type Branch = (sql: SearchSql) => string | null;

const POST_DOCUMENT = 'moot_post_search_document(p.body)';

const post: Branch = (sql) => {
  const where = [`${POST_DOCUMENT} @@ ${sql.query}`, visiblePostSql(sql), ...contentFiltersSql(sql, 'p.author_id', 'p.created_at')];
  return `SELECT 'post'::text AS kind, p.id::text AS id, 'post:' || p.id AS key,
      (CASE WHEN lower(${postTitleSql('p.body')}) = ${sql.lowerText} THEN 1 ELSE 0 END + ${decayedRankSql(POST_DOCUMENT, sql.query, 'p.created_at', sql.asOf)})::float8 AS rank,
      p.created_at, ${postTitleSql('p.body')} AS title, p.body AS snippet_source,
      p.group_id, p.author_id, NULL::uuid AS person_id, p.id AS post_id
    FROM posts p LEFT JOIN groups g ON g.id = p.group_id
    WHERE ${where.join(' AND ')}`;
};

const reply: Branch = (sql) => {
  const document = 'moot_reply_search_document(r.body)';
  const where = [`${document} @@ ${sql.query}`, 'r.deleted_at IS NULL', ModerationVisibilitySql.published('r', sql.viewer), visiblePostSql(sql), ...contentFiltersSql(sql, 'r.author_id', 'r.created_at')];
  return `SELECT 'reply'::text AS kind, r.id::text AS id, 'reply:' || r.id AS key,
      ${decayedRankSql(document, sql.query, 'r.created_at', sql.asOf)}::float8 AS rank,
      r.created_at, ${postTitleSql('p.body')} AS title, r.body AS snippet_source,
      p.group_id, r.author_id, NULL::uuid AS person_id, p.id AS post_id
    FROM replies r JOIN posts p ON p.id = r.post_id LEFT JOIN groups g ON g.id = p.group_id
    WHERE ${where.join(' AND ')}`;
};

/** A file is seen by whoever may see its post (or its reply's post); its author is that post's or reply's named author, never the uploader. */
const attachment: Branch = (sql) => {
  const document = 'moot_attachment_search_document(a.file_name)';
  const author = 'CASE WHEN a.reply_id IS NULL THEN p.author_id ELSE ar.author_id END';
  const where = [
    `${document} @@ ${sql.query}`,
    '(a.post_id IS NOT NULL OR a.reply_id IS NOT NULL)',
    '(ar.id IS NULL OR ar.deleted_at IS NULL)',
    `(ar.id IS NULL OR ${ModerationVisibilitySql.published('ar', sql.viewer)})`,
    // A moderated file is found by nobody (it is not served either), whoever uploaded it.
    ModerationVisibilitySql.published('a', null),
    visiblePostSql(sql),
    ...contentFiltersSql(sql, `(${author})`, 'a.created_at'),
  ];
  return `SELECT 'attachment'::text AS kind, a.id::text AS id, 'attachment:' || a.id AS key,
      (CASE WHEN lower(a.file_name) = ${sql.lowerText} THEN 1 ELSE 0 END + ${decayedRankSql(document, sql.query, 'a.created_at', sql.asOf)})::float8 AS rank,
      a.created_at, a.file_name::text AS title, a.file_name::text AS snippet_source,
      p.group_id, ${author} AS author_id, NULL::uuid AS person_id, p.id AS post_id
    FROM attachments a
    LEFT JOIN replies ar ON ar.id = a.reply_id
    JOIN posts p ON p.id = coalesce(a.post_id, ar.post_id)
    LEFT JOIN groups g ON g.id = p.group_id
    WHERE ${where.join(' AND ')}`;
};

/** Groups as the group directory shows them: visible, and archived ones to their members only. */
const group: Branch = (sql) => {
  const { filters, params } = sql;
  if (filters.authorId !== null) return null;
  const document = 'moot_group_search_document(g.name, g.description)';
  const where = [
    `${document} @@ ${sql.query}`,
    GroupVisibilitySql.canSeeGroup('g', sql.viewer),
    `(g.archived_at IS NULL OR ${GroupVisibilitySql.isMember('g', sql.viewer)})`,
    ...dateFiltersSql(sql, 'g.created_at'),
  ];
  if (filters.groupId !== null) where.push(`g.id = ${params.add(filters.groupId)}::uuid`);
  if (filters.department !== null) {
    where.push(`EXISTS (SELECT 1 FROM group_departments fgd JOIN departments fd ON fd.id = fgd.department_id WHERE fgd.group_id = g.id AND fd.slug = ${params.add(filters.department)})`);
  }
  return `SELECT 'group'::text AS kind, g.id::text AS id, 'group:' || g.id AS key,
      (CASE WHEN lower(g.name) = ${sql.lowerText} THEN 1 ELSE 0 END + ts_rank_cd(${document}, ${sql.query}, 32))::float8 AS rank,
      g.created_at, g.name::text AS title, g.description AS snippet_source,
      g.id AS group_id, NULL::uuid AS author_id, NULL::uuid AS person_id, NULL::uuid AS post_id
    FROM groups g
    WHERE ${where.join(' AND ')}`;
};

/** Active people only. */
const person: Branch = (sql) => {
  const { filters, params } = sql;
  if (filters.groupId !== null || filters.authorId !== null || filters.from !== null || filters.to !== null) return null;
  const document = 'moot_person_search_document(u.display_name, u.job_title, u.ask_me_about)';
  const where = [`u.status = 'active'`, `${document} @@ ${sql.query}`];
  if (filters.department !== null) {
    where.push(`EXISTS (SELECT 1 FROM departments fd WHERE fd.id = u.department_id AND fd.slug = ${params.add(filters.department)})`);
  }
  return `SELECT 'person'::text AS kind, u.id::text AS id, 'person:' || u.id AS key,
      (CASE WHEN lower(u.display_name) = ${sql.lowerText} THEN 1 ELSE 0 END + ts_rank_cd(${document}, ${sql.query}, 32))::float8 AS rank,
      NULL::timestamptz AS created_at, u.display_name::text AS title,
      concat_ws(' · ', u.job_title, array_to_string(u.ask_me_about, ', ')) AS snippet_source,
      NULL::uuid AS group_id, NULL::uuid AS author_id, u.id AS person_id, NULL::uuid AS post_id
    FROM users u
    WHERE ${where.join(' AND ')}`;
};

/** Distinct topics of the posts the viewer may see (and that pass the content filters). */
const topic: Branch = (sql) => {
  const document = `to_tsvector('english'::regconfig, pt.topic::text)`;
  const where = [`${document} @@ ${sql.query}`, visiblePostSql(sql), ...contentFiltersSql(sql, 'p.author_id', 'p.created_at')];
  return `SELECT 'topic'::text AS kind, t.topic AS id, 'topic:' || t.topic AS key,
      (CASE WHEN t.topic = ltrim(${sql.lowerText}, '#') THEN 1 ELSE 0 END + t.topic_rank)::float8 AS rank,
      t.created_at, '#' || t.topic AS title, replace(t.topic, '-', ' ') AS snippet_source,
      NULL::uuid AS group_id, NULL::uuid AS author_id, NULL::uuid AS person_id, NULL::uuid AS post_id
    FROM (
      SELECT pt.topic::text AS topic, max(p.created_at) AS created_at, max(ts_rank_cd(${document}, ${sql.query}, 32)) AS topic_rank
      FROM post_topics pt JOIN posts p ON p.id = pt.post_id LEFT JOIN groups g ON g.id = p.group_id
      WHERE ${where.join(' AND ')}
      GROUP BY pt.topic
    ) t`;
};

const BRANCHES: Record<SearchKind, Branch> = { post, reply, person, group, topic, attachment };

/** The UNION ALL of the chosen kinds' branches; null when every kind is ruled out. */
export function searchUnionSql(sql: SearchSql): string | null {
  const selects = sql.filters.kinds.map((kind) => BRANCHES[kind](sql)).filter((select): select is string => select !== null);
  return selects.length === 0 ? null : selects.join('\nUNION ALL\n');
}

import type { SearchKind } from '@moot/contracts';
import { GroupVisibilitySql, ModerationVisibilitySql } from '../authorization/authorization.service';
import type { SearchText } from './search-text';

/** Builds positional parameters ($1, $2, …) as the SQL is assembled. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Filters as the service cleaned them; null means "not filtered by this". */
export interface SearchFilters {
  kinds: readonly SearchKind[];
  groupId: string | null;
  authorId: string | null;
  department: string | null;
  from: Date | null;
  to: Date | null;
}

/** The parameters every branch shares. */
export interface SearchSql {
  params: Params;
  readonly viewer: string;
  /** A tsquery: the web-search query OR the last word as a prefix (stemmed and as typed). */
  query: string;
  /** The cleaned query, lower-cased: an exact title match ranks first. */
  readonly lowerText: string;
  /** The instant ranks decay from. */
  readonly asOf: string;
  filters: SearchFilters;
}

/**
 * Shared parameters are added on first use only: PostgreSQL refuses a parameter that no branch
 * uses (its type cannot be determined), e.g. the viewer when only people are searched.
 */
export function searchSql(viewerId: string, text: SearchText, asOf: Date, filters: SearchFilters): SearchSql {
  const params = new Params();
  const lazy = (value: unknown, cast: string): (() => string) => {
    let ref: string | null = null;
    return () => (ref ??= `${params.add(value)}::${cast}`);
  };
  const viewer = lazy(viewerId, 'uuid');
  const lowerText = lazy(text.text.toLowerCase(), 'text');
  const asOfParam = lazy(asOf.toISOString(), 'timestamptz');
  const web = `websearch_to_tsquery('english'::regconfig, ${params.add(text.text)}::text)`;
  let query = web;
  if (text.prefix !== null) {
    // The prefix holds letters and digits only, so it is a valid tsquery operand.
    const prefix = `${params.add(`${text.prefix}:*`)}::text`;
    query = `(${web} || to_tsquery('english'::regconfig, ${prefix}) || to_tsquery('simple'::regconfig, ${prefix}))`;
  }
  return {
    params,
    query,
    filters,
    get viewer() {
      return viewer();
    },
    get lowerText() {
      return lowerText();
    },
    get asOf() {
      return asOfParam();
    },
  };
}

/** Text made safe for HTML before `ts_headline` adds its `<mark>` tags. */
export function escapeHtmlSql(expression: string): string {
  return `replace(replace(replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
}

/** A post's title: its first line, without markdown heading marks. */
export function postTitleSql(body: string): string {
  return `btrim(regexp_replace(split_part(${body}, E'\\n', 1), '^\\s*#+\\s*', ''))`;
}

/** 0 to 1 from `ts_rank_cd` (normalised rank/(rank+1)), divided by 1 + age in days / 30. */
export function decayedRankSql(document: string, query: string, createdAt: string, asOf: string): string {
  return `(ts_rank_cd(${document}, ${query}, 32)::float8 / (1 + greatest(0, extract(epoch FROM (${asOf} - ${createdAt})) / 86400) / 30))`;
}

/** Visibility of a post `p` joined to its group `g` (LEFT JOIN): exactly the direct-read rule. */
export function visiblePostSql(sql: SearchSql): string {
  return `p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', sql.viewer)} AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', sql.viewer)})`;
}

/** Filters of content (posts, replies, files, topics): `author` is the named author (null if anonymous). */
export function contentFiltersSql(sql: SearchSql, author: string, createdAt: string): string[] {
  const { filters, params } = sql;
  const where: string[] = [];
  if (filters.groupId !== null) where.push(`p.group_id = ${params.add(filters.groupId)}::uuid`);
  if (filters.authorId !== null) where.push(`${author} = ${params.add(filters.authorId)}::uuid`);
  if (filters.department !== null) {
    where.push(`EXISTS (SELECT 1 FROM users fu JOIN departments fd ON fd.id = fu.department_id WHERE fu.id = ${author} AND fd.slug = ${params.add(filters.department)})`);
  }
  where.push(...dateFiltersSql(sql, createdAt));
  return where;
}

export function dateFiltersSql(sql: SearchSql, createdAt: string): string[] {
  const where: string[] = [];
  if (sql.filters.from !== null) where.push(`${createdAt} >= ${sql.params.add(sql.filters.from.toISOString())}::timestamptz`);
  if (sql.filters.to !== null) where.push(`${createdAt} < ${sql.params.add(sql.filters.to.toISOString())}::timestamptz`);
  return where;
}

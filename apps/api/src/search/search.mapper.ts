import type { GroupSummary, PersonSummary, SearchHit } from '@moot/contracts';
import type { GroupRefRow, SearchRow } from './search.repository';

const TITLE_LENGTH = 120;

/** What a page of rows refers to, loaded once per page. */
export interface SearchHydration {
  people: Map<string, PersonSummary>;
  groups: Map<string, GroupRefRow>;
  groupSummaries: Map<string, GroupSummary>;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The same escaping as the SQL snippets (`escapeHtmlSql`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

function shortTitle(title: string, fallback: string): string {
  const text = title.trim() === '' ? fallback : title.trim();
  return text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

function linkOf(row: SearchRow, hydration: SearchHydration): string {
  switch (row.kind) {
    case 'post':
    case 'attachment':
      return `/posts/${row.post_id}`;
    case 'reply':
      return `/posts/${row.post_id}#reply-${row.id}`;
    case 'person':
      return `/people/${row.id}`;
    case 'group':
      return `/groups/${hydration.groups.get(row.id)?.slug ?? row.id}`;
    case 'topic':
      return `/topics/${encodeURIComponent(row.id)}`;
  }
}

function titleOf(row: SearchRow): string {
  if (row.kind === 'post') return shortTitle(row.title, 'Post');
  if (row.kind === 'reply') return shortTitle(`Reply to: ${row.title}`, 'Reply');
  return shortTitle(row.title, row.kind);
}

export function toSearchHit(row: SearchRow, hydration: SearchHydration): SearchHit {
  const group = row.group_id ? hydration.groups.get(row.group_id) : undefined;
  return {
    kind: row.kind,
    id: row.id,
    title: titleOf(row),
    snippetHtml: row.snippet_html,
    link: linkOf(row, hydration),
    createdAt: row.created_at ? new Date(row.created_at).toISOString() : null,
    group: group ? { id: group.id, slug: group.slug, name: group.name } : null,
    // Anonymous posts have no author_id: nothing here can name their author.
    author: row.author_id ? (hydration.people.get(row.author_id) ?? null) : null,
    person: row.kind === 'person' ? (hydration.people.get(row.id) ?? null) : null,
    groupSummary: row.kind === 'group' ? (hydration.groupSummaries.get(row.id) ?? null) : null,
  };
}

export function personHit(person: PersonSummary): SearchHit {
  return {
    kind: 'person',
    id: person.id,
    title: person.displayName,
    snippetHtml: escapeHtml([person.jobTitle, person.department?.name].filter(Boolean).join(' · ')),
    link: `/people/${person.id}`,
    createdAt: null,
    group: null,
    author: null,
    person,
    groupSummary: null,
  };
}

export function groupHit(summary: GroupSummary): SearchHit {
  return {
    kind: 'group',
    id: summary.id,
    title: summary.name,
    snippetHtml: escapeHtml(summary.summary),
    link: `/groups/${summary.slug}`,
    createdAt: null,
    group: { id: summary.id, slug: summary.slug, name: summary.name },
    author: null,
    person: null,
    groupSummary: summary,
  };
}

export function topicHit(topic: string): SearchHit {
  return {
    kind: 'topic',
    id: topic,
    title: `#${topic}`,
    snippetHtml: '',
    link: `/topics/${encodeURIComponent(topic)}`,
    createdAt: null,
    group: null,
    author: null,
    person: null,
    groupSummary: null,
  };
}

/** REST shapes of search (issue #7): one search over everything the viewer may see. */
import type { GroupSummary } from './groups';
import type { PersonSummary } from './people';

export type SearchKind = 'post' | 'reply' | 'person' | 'group' | 'topic' | 'attachment';
export const SEARCH_KINDS: readonly SearchKind[] = ['post', 'reply', 'person', 'group', 'topic', 'attachment'];
/** Longer queries are cut to this many characters (never an error). */
export const SEARCH_QUERY_MAX = 200;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** Sanitised HTML: escaped text with matches wrapped in `<mark>`. */
  snippetHtml: string;
  /** Same-origin path to open. */
  link: string;
  createdAt: string | null;
  group: { id: string; slug: string; name: string } | null;
  author: PersonSummary | null;
  person: PersonSummary | null;
  groupSummary: GroupSummary | null;
}

/**
 * `GET /api/search?q=&kind=&groupId=&authorId=&department=&from=&to=&cursor=&limit=`.
 * `q` uses web-search syntax ("quoted phrases", -exclusions, OR); the last word also matches as a prefix.
 */
export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
}

/** `GET /api/search/suggest?q=`: quick suggestions while typing (at most 8). */
export interface SearchSuggestions {
  items: SearchHit[];
}

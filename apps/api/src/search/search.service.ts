import { Injectable } from '@nestjs/common';
import { SEARCH_KINDS, type GroupSummary, type SearchHit, type SearchPage, type SearchSuggestions } from '@moot/contracts';
import { RequestException } from '../common/api-exception';
import { MarkdownService } from '../common/markdown/markdown.service';
import { departmentsByGroup, toGroupSummary } from '../groups/group.mapper';
import { personSummaryOf } from '../skills/dto/skill.mappers';
import { SEARCH_DEFAULT_LIMIT, SearchQueryDto } from './dto/search-query.dto';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import type { SearchFilters } from './search-sql';
import { parseSearchText } from './search-text';
import { groupHit, personHit, SearchHydration, toSearchHit, topicHit } from './search.mapper';
import { SearchRepository, SearchRow } from './search.repository';

const SUGGEST_MAX = 8;
const SUGGEST_PEOPLE = 3;
const SUGGEST_GROUPS = 3;
const SUGGEST_TOPICS = 2;
const EMPTY_PAGE: SearchPage = { items: [], nextCursor: null };

/** One search over everything the viewer may see; every branch applies the direct-read rules in SQL. */
@Injectable()
export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly markdown: MarkdownService,
  ) {}

  async search(viewerId: string, query: SearchQueryDto): Promise<SearchPage> {
    const limit = query.limit ?? SEARCH_DEFAULT_LIMIT;
    const cursor = query.cursor ? decodeSearchCursor(query.cursor) : null;
    const filters = filtersOf(query);
    const text = parseSearchText(query.q);
    if (text === null) return EMPTY_PAGE;
    const asOf = cursor?.asOf ?? new Date();
    const rows = await this.repository.search({ viewerId, text, filters, asOf, after: cursor, take: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.toHits(viewerId, page),
      nextCursor: rows.length > limit && last ? encodeSearchCursor({ asOf, rank: last.rank, key: last.key }) : null,
    };
  }

  /** People, groups, topics, then posts: at most eight quick hits while typing. */
  async suggest(viewerId: string, q: string | undefined): Promise<SearchSuggestions> {
    const text = parseSearchText(q);
    if (text === null) return { items: [] };
    const topicPrefix = text.text.toLowerCase().replace(/^#/, '');
    const [people, groups, topics, posts] = await Promise.all([
      this.repository.suggestPeople(text.text, SUGGEST_PEOPLE),
      this.repository.suggestGroups(viewerId, text.text, SUGGEST_GROUPS),
      /^[a-z0-9-]{1,50}$/.test(topicPrefix) ? this.repository.suggestTopics(viewerId, topicPrefix, SUGGEST_TOPICS) : Promise.resolve([]),
      this.repository.search({ viewerId, text, filters: { ...NO_FILTERS, kinds: ['post'] }, asOf: new Date(), after: null, take: SUGGEST_MAX }),
    ]);
    const summaries = await this.groupSummaries(viewerId, groups.map((group) => group.id));
    const items: SearchHit[] = [
      ...people.map((row) => personHit(personSummaryOf(row))),
      ...groups.flatMap((group) => {
        const summary = summaries.get(group.id);
        return summary ? [groupHit(summary)] : [];
      }),
      ...topics.map((row) => topicHit(row.topic)),
      ...(await this.toHits(viewerId, posts)),
    ];
    return { items: items.slice(0, SUGGEST_MAX) };
  }

  private async toHits(viewerId: string, rows: SearchRow[]): Promise<SearchHit[]> {
    const personIds = new Set<string>();
    const groupIds = new Set<string>();
    const groupHitIds: string[] = [];
    for (const row of rows) {
      if (row.author_id) personIds.add(row.author_id);
      if (row.kind === 'person') personIds.add(row.id);
      if (row.group_id) groupIds.add(row.group_id);
      if (row.kind === 'group') groupHitIds.push(row.id);
    }
    const [people, groups, groupSummaries] = await Promise.all([
      this.repository.people([...personIds]),
      this.repository.groupRefs([...groupIds]),
      this.groupSummaries(viewerId, groupHitIds),
    ]);
    const hydration: SearchHydration = {
      people: new Map(people.map((row) => [row.id, personSummaryOf(row)])),
      groups: new Map(groups.map((row) => [row.id, row])),
      groupSummaries,
    };
    return rows.map((row) => toSearchHit(row, hydration));
  }

  private async groupSummaries(viewerId: string, ids: string[]): Promise<Map<string, GroupSummary>> {
    const [rows, departments] = await Promise.all([this.repository.groupSummaries(viewerId, ids), this.repository.departmentsOf(ids)]);
    const byGroup = departmentsByGroup(departments);
    return new Map(rows.map((row) => [row.id, toGroupSummary(row, byGroup.get(row.id) ?? [], this.markdown)]));
  }
}

const NO_FILTERS: SearchFilters = { kinds: SEARCH_KINDS, groupId: null, authorId: null, department: null, from: null, to: null };

function filtersOf(query: SearchQueryDto): SearchFilters {
  const from = query.from ? new Date(query.from) : null;
  const to = query.to ? new Date(query.to) : null;
  if (from && to && from.getTime() > to.getTime()) {
    throw RequestException.validationFailed([{ field: 'to', messages: ['must not be before from'] }]);
  }
  return {
    kinds: query.kind ? [query.kind] : SEARCH_KINDS,
    groupId: query.groupId ?? null,
    authorId: query.authorId ?? null,
    department: query.department ?? null,
    from,
    to,
  };
}

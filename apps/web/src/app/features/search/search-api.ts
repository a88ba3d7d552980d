import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { GroupSummary, SearchHit, SearchPage, SearchSuggestions } from '@moot/contracts';
import { Observable, firstValueFrom, map } from 'rxjs';

import { SearchQuery } from './search-filters';

/** `/api/search`; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(query: SearchQuery): Promise<SearchPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, value);
    }
    return firstValueFrom(this.http.get<SearchPage>('/api/search', { params }));
  }

  /** An Observable, so that a newer keystroke can cancel the request for an older one. */
  suggest(q: string): Observable<SearchHit[]> {
    return this.http
      .get<SearchSuggestions>('/api/search/suggest', { params: new HttpParams().set('q', q) })
      .pipe(map((answer) => answer.items));
  }

  /** Your groups, for the group filter. */
  async myGroups(): Promise<GroupSummary[]> {
    const params = new HttpParams().set('mine', 'true').set('limit', 100);
    return (await firstValueFrom(this.http.get<{ items: GroupSummary[] }>('/api/groups', { params }))).items;
  }
}

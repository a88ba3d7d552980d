import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateWatchWordRequest, WatchListResponse, WatchWord } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/watch-list';

/** `/api/admin/watch-list` (site admins); failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class WatchListApi {
  private readonly http = inject(HttpClient);

  list(): Promise<WatchListResponse> {
    return firstValueFrom(this.http.get<WatchListResponse>(BASE));
  }

  add(body: CreateWatchWordRequest): Promise<WatchWord> {
    return firstValueFrom(this.http.post<WatchWord>(BASE, body));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}

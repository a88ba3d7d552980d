import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateElectionPeriodRequest, ElectionPeriod, ElectionPeriodsResponse, UpdateElectionPeriodRequest } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/election-periods';

/** `/api/election-periods`: site admins for the whole site, group managers for their group. */
@Injectable({ providedIn: 'root' })
export class ElectionPeriodsApi {
  private readonly http = inject(HttpClient);

  list(groupId?: string): Promise<ElectionPeriodsResponse> {
    const params = groupId ? new HttpParams().set('groupId', groupId) : undefined;
    return firstValueFrom(this.http.get<ElectionPeriodsResponse>(BASE, { params }));
  }

  create(body: CreateElectionPeriodRequest): Promise<ElectionPeriod> {
    return firstValueFrom(this.http.post<ElectionPeriod>(BASE, body));
  }

  update(id: string, body: UpdateElectionPeriodRequest): Promise<ElectionPeriod> {
    return firstValueFrom(this.http.patch<ElectionPeriod>(`${BASE}/${encodeURIComponent(id)}`, body));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}

import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ErasureCandidate, ErasureCandidatesResponse, ErasurePreview, ErasureRequest, ErasureResult } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

/** `/api/admin/people/erasure-candidates` (finds leavers too, unlike the directory) and `/api/admin/people/:id/erasure`. */
@Injectable({ providedIn: 'root' })
export class ErasureApi {
  private readonly http = inject(HttpClient);

  async findPeople(q: string): Promise<ErasureCandidate[]> {
    const params = new HttpParams().set('q', q);
    return (await firstValueFrom(this.http.get<ErasureCandidatesResponse>('/api/admin/people/erasure-candidates', { params }))).items;
  }

  preview(personId: string): Promise<ErasurePreview> {
    return firstValueFrom(this.http.get<ErasurePreview>(`/api/admin/people/${encodeURIComponent(personId)}/erasure`));
  }

  erase(personId: string, body: ErasureRequest): Promise<ErasureResult> {
    return firstValueFrom(this.http.post<ErasureResult>(`/api/admin/people/${encodeURIComponent(personId)}/erasure`, body));
  }
}

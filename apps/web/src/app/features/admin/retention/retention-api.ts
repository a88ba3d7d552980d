import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateRetentionPolicyRequest,
  GroupDirectoryPage,
  GroupSummary,
  RetentionPoliciesResponse,
  RetentionPolicy,
  RetentionPreview,
  UpdateRetentionPolicyRequest,
} from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/retention';

/** `/api/admin/retention`, and the group directory to choose a group from. */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);

  async list(): Promise<RetentionPolicy[]> {
    return (await firstValueFrom(this.http.get<RetentionPoliciesResponse>(BASE))).items;
  }

  create(body: CreateRetentionPolicyRequest): Promise<RetentionPolicy> {
    return firstValueFrom(this.http.post<RetentionPolicy>(BASE, body));
  }

  update(id: string, body: UpdateRetentionPolicyRequest): Promise<RetentionPolicy> {
    return firstValueFrom(this.http.patch<RetentionPolicy>(`${BASE}/${encodeURIComponent(id)}`, body));
  }

  delete(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }

  preview(id: string): Promise<RetentionPreview> {
    return firstValueFrom(this.http.get<RetentionPreview>(`${BASE}/${encodeURIComponent(id)}/preview`));
  }

  async findGroups(q: string): Promise<GroupSummary[]> {
    const params = new HttpParams().set('q', q).set('limit', 20);
    return (await firstValueFrom(this.http.get<GroupDirectoryPage>('/api/groups', { params }))).items;
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { IssueScimTokenRequest, IssuedScimToken, ScimTokenSummary } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/scim-tokens';

/** `/api/admin/scim-tokens`; failures arrive as rejected promises carrying HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class ScimTokensApi {
  private readonly http = inject(HttpClient);

  list(): Promise<ScimTokenSummary[]> {
    return firstValueFrom(this.http.get<ScimTokenSummary[]>(BASE));
  }

  issue(body: IssueScimTokenRequest): Promise<IssuedScimToken> {
    return firstValueFrom(this.http.post<IssuedScimToken>(BASE, body));
  }

  revoke(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}

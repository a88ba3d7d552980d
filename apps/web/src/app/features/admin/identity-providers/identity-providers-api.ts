import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateIdentityProviderRequest,
  IdentityProviderListResponse,
  IdentityProviderResponse,
  UpdateIdentityProviderRequest,
} from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/identity-providers';

/** `/api/admin/identity-providers`; failures arrive as rejected promises carrying HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class IdentityProvidersApi {
  private readonly http = inject(HttpClient);

  async list(): Promise<IdentityProviderResponse[]> {
    return (await firstValueFrom(this.http.get<IdentityProviderListResponse>(BASE))).identityProviders;
  }

  get(id: string): Promise<IdentityProviderResponse> {
    return firstValueFrom(this.http.get<IdentityProviderResponse>(`${BASE}/${encodeURIComponent(id)}`));
  }

  create(body: CreateIdentityProviderRequest): Promise<IdentityProviderResponse> {
    return firstValueFrom(this.http.post<IdentityProviderResponse>(BASE, body));
  }

  update(id: string, body: UpdateIdentityProviderRequest): Promise<IdentityProviderResponse> {
    return firstValueFrom(this.http.patch<IdentityProviderResponse>(`${BASE}/${encodeURIComponent(id)}`, body));
  }

  delete(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}

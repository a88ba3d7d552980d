import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DiscoverProviderResponse, SignInProvider, SignInProvidersResponse } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

/** The sign-in endpoints; failures arrive as rejected promises carrying HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class SignInApi {
  private readonly http = inject(HttpClient);

  async discover(email: string): Promise<SignInProvider> {
    const response = await firstValueFrom(
      this.http.get<DiscoverProviderResponse>('/api/auth/discover', { params: { email } }),
    );
    return response.provider;
  }

  async providers(): Promise<SignInProvider[]> {
    const response = await firstValueFrom(this.http.get<SignInProvidersResponse>('/api/auth/providers'));
    return response.providers;
  }
}

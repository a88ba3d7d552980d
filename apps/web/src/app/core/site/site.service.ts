import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { SiteInfo } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

export const FALLBACK_SITE: SiteInfo = { siteName: 'Moot', devIdpEnabled: false };

export type SiteStatus = 'unknown' | 'loading' | 'loaded' | 'failed';

/** Public facts about this copy of Moot (`GET /api/site`), with safe defaults if it fails. */
@Injectable({ providedIn: 'root' })
export class SiteService {
  private readonly http = inject(HttpClient);
  private readonly siteState = signal<SiteInfo>(FALLBACK_SITE);
  private readonly statusState = signal<SiteStatus>('unknown');
  private pending: Promise<SiteInfo> | null = null;

  readonly site = this.siteState.asReadonly();
  readonly status = this.statusState.asReadonly();
  readonly siteName = computed(() => this.siteState().siteName);
  readonly devIdpEnabled = computed(() => this.siteState().devIdpEnabled);

  /** Fetches the site facts once; later callers share the first answer. */
  load(): Promise<SiteInfo> {
    this.pending ??= this.fetch();
    return this.pending;
  }

  private async fetch(): Promise<SiteInfo> {
    this.statusState.set('loading');
    try {
      const site = await firstValueFrom(this.http.get<SiteInfo>('/api/site'));
      this.siteState.set({
        siteName: site.siteName?.trim() || FALLBACK_SITE.siteName,
        devIdpEnabled: site.devIdpEnabled === true,
      });
      this.statusState.set('loaded');
    } catch {
      this.statusState.set('failed');
    }
    return this.siteState();
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PreviewResponse,
  PublishSiteDocumentRequest,
  SiteDocumentHistory,
  SiteDocumentKind,
  SiteDocumentVersion,
  SiteDocumentView,
} from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/site-documents';

/** `/api/site-documents`; failures arrive as rejected promises carrying HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class SiteDocumentsApi {
  private readonly http = inject(HttpClient);

  /** The current version (404 when none has been published). */
  current(kind: SiteDocumentKind): Promise<SiteDocumentView> {
    return firstValueFrom(this.http.get<SiteDocumentView>(`${BASE}/${kind}`));
  }

  history(kind: SiteDocumentKind): Promise<SiteDocumentHistory> {
    return firstValueFrom(this.http.get<SiteDocumentHistory>(`${BASE}/${kind}/versions`));
  }

  publish(kind: SiteDocumentKind, body: PublishSiteDocumentRequest): Promise<SiteDocumentVersion> {
    return firstValueFrom(this.http.post<SiteDocumentVersion>(`${BASE}/${kind}/versions`, body));
  }

  preview(body: string): Promise<PreviewResponse> {
    return firstValueFrom(this.http.post<PreviewResponse>(`${BASE}/preview`, { body }));
  }

  /** 204; 409 HOUSE_RULES_VERSION_NOT_CURRENT when a newer version was published meanwhile. */
  acceptHouseRules(version: number): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${BASE}/house_rules/acceptances`, { version }));
  }
}

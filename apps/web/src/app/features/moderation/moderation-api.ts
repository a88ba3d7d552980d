import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateReportRequest,
  ModerationActionRequest,
  ModerationCaseStatus,
  ModerationCaseView,
  ModerationDecisionsResponse,
  ModerationQueuePage,
  ReportReceipt,
  ReviewRequest,
} from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const segment = encodeURIComponent;

export interface QueueQuery {
  status: ModerationCaseStatus;
  groupId?: string;
  cursor?: string;
}

/** `/api/reports` and `/api/moderation`; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  report(body: CreateReportRequest): Promise<ReportReceipt> {
    return firstValueFrom(this.http.post<ReportReceipt>('/api/reports', body));
  }

  queue(query: QueueQuery): Promise<ModerationQueuePage> {
    let params = new HttpParams().set('status', query.status);
    if (query.groupId) params = params.set('groupId', query.groupId);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return firstValueFrom(this.http.get<ModerationQueuePage>('/api/moderation/cases', { params }));
  }

  /** Answers with the case as it now stands. */
  act(caseId: string, body: ModerationActionRequest): Promise<ModerationCaseView> {
    return firstValueFrom(this.http.post<ModerationCaseView>(`/api/moderation/cases/${segment(caseId)}/actions`, body));
  }

  decisions(): Promise<ModerationDecisionsResponse> {
    return firstValueFrom(this.http.get<ModerationDecisionsResponse>('/api/moderation/decisions'));
  }

  requestReview(caseId: string, body: ReviewRequest): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/moderation/cases/${segment(caseId)}/review`, body));
  }
}

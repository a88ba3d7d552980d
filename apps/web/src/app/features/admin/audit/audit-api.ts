import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditActionsResponse, AuditPage } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/audit';

/** `/api/admin/audit`; failures arrive as rejected promises carrying HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  search(params: Record<string, string>): Promise<AuditPage> {
    return firstValueFrom(this.http.get<AuditPage>(BASE, { params }));
  }

  actions(): Promise<string[]> {
    return firstValueFrom(this.http.get<AuditActionsResponse>(`${BASE}/actions`)).then((response) => response.actions);
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CouncilExportView, CouncilExportsResponse } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/admin/exports';

/** `/api/admin/exports`: whole-council exports (site admins). */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  async list(): Promise<CouncilExportView[]> {
    return (await firstValueFrom(this.http.get<CouncilExportsResponse>(BASE))).items;
  }

  get(id: string): Promise<CouncilExportView> {
    return firstValueFrom(this.http.get<CouncilExportView>(`${BASE}/${encodeURIComponent(id)}`));
  }

  start(): Promise<CouncilExportView> {
    return firstValueFrom(this.http.post<CouncilExportView>(BASE, {}));
  }

  delete(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}

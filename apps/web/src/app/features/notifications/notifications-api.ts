import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { NotificationPreferences, NotificationsPage, UnreadCount, UpdateNotificationPreferences } from '@moot/contracts';
import { firstValueFrom } from 'rxjs';

const NOTIFICATIONS = '/api/notifications';

/** `/api/notifications`; failures reject with HttpErrorResponse. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  page(cursor?: string | null): Promise<NotificationsPage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : new HttpParams();
    return firstValueFrom(this.http.get<NotificationsPage>(NOTIFICATIONS, { params }));
  }

  async unreadCount(): Promise<number> {
    return (await firstValueFrom(this.http.get<UnreadCount>(`${NOTIFICATIONS}/unread-count`))).unreadCount;
  }

  markRead(id: string): Promise<void> {
    return firstValueFrom(this.http.put<void>(`${NOTIFICATIONS}/${encodeURIComponent(id)}/read`, null));
  }

  markAllRead(): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${NOTIFICATIONS}/read-all`, {}));
  }

  preferences(): Promise<NotificationPreferences> {
    return firstValueFrom(this.http.get<NotificationPreferences>(`${NOTIFICATIONS}/preferences`));
  }

  savePreferences(body: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    return firstValueFrom(this.http.put<NotificationPreferences>(`${NOTIFICATIONS}/preferences`, body));
  }
}

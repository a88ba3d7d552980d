import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { GroupDetail, JoinRequest } from '@moot/contracts';

import { describePerson } from '../group-words';
import { GroupsApi } from '../groups-api';
import { apiMessage } from '../shared/api-message';

/** The queue of people asking to join, each approved or declined by a manager. */
@Component({
  selector: 'moot-group-requests',
  imports: [MatButton],
  template: `
    <h2 class="moot-heading-m">Requests to join</h2>
    <p class="moot-visually-hidden" role="status">{{ status() }}</p>
    @if (error()) {
      <div class="moot-notice moot-notice--error" role="alert"><p>{{ error() }}</p></div>
    }
    @if (requests().length > 0) {
      <ul class="moot-member-list" aria-label="Requests to join">
        @for (request of requests(); track request.person.id) {
          <li>
            <div>
              <p><strong>{{ request.person.displayName }}</strong></p>
              <p class="moot-hint">
                {{ describe(request.person) }}
              </p>
              @if (request.message) {
                <p>“{{ request.message }}”</p>
              }
            </div>
            <div class="moot-button-group">
              <button mat-flat-button type="button" [disabled]="busy() === request.person.id" (click)="decide(request, true)">
                Approve<span class="moot-visually-hidden"> {{ request.person.displayName }}</span>
              </button>
              <button mat-stroked-button type="button" [disabled]="busy() === request.person.id" (click)="decide(request, false)">
                Decline<span class="moot-visually-hidden"> {{ request.person.displayName }}</span>
              </button>
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="moot-empty">No one is waiting to join. New requests will appear here.</p>
    }
  `,
  styleUrl: '../groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupRequests {
  private readonly api = inject(GroupsApi);

  readonly group = input.required<GroupDetail>();
  readonly requests = input.required<JoinRequest[]>();
  readonly decided = output<{ userId: string; approved: boolean }>();

  protected readonly busy = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly error = signal('');

  protected readonly describe = describePerson;

  protected async decide(request: JoinRequest, approved: boolean): Promise<void> {
    if (this.busy()) return;
    const person = request.person;
    this.busy.set(person.id);
    this.error.set('');
    try {
      await this.api.decide(this.group().id, person.id, approved ? 'approve' : 'deny');
      this.status.set(approved ? `${person.displayName} is now a member.` : `${person.displayName}'s request was declined.`);
      this.decided.emit({ userId: person.id, approved });
    } catch (error) {
      this.error.set(apiMessage(error, `We couldn't answer ${person.displayName}'s request. Try again in a moment.`));
    } finally {
      this.busy.set(null);
    }
  }
}

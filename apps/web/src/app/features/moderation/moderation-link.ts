import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, untracked } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SessionService } from '@moot/web/core/auth/session.service';

import { ModerationApi } from './moderation-api';

/**
 * The header's "Moderation" item. Site admins always get it (from the session, with no request:
 * the queue audits admins' reads). Others get it while their queue has cases, which is only ever
 * true for group managers. Used as `<li mootModerationLink>` so a hidden item leaves no empty list item.
 */
@Component({
  selector: 'li[mootModerationLink]',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <a routerLink="/moderation" routerLinkActive="moot-header__link--active" ariaCurrentWhenActive="page"
      >Moderation@if (open(); as count) {
        <span class="moot-moderation-count">{{ count }}<span class="moot-visually-hidden"> open cases</span></span>
      }</a
    >
  `,
  // Mirrors the shell's header link styles, which do not reach into this component.
  styles: `
    a {
      display: inline-block;
      min-height: 2.75rem;
      padding-block: 0.6rem;
      font-weight: 600;
    }

    .moot-header__link--active {
      text-decoration-thickness: 3px;
    }

    .moot-moderation-count {
      display: inline-block;
      min-width: 1.5rem;
      margin-left: 0.35rem;
      padding: 0 0.4rem;
      border-radius: 999px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font-size: 0.875rem;
      line-height: 1.5rem;
      text-align: center;
    }
  `,
  host: { '[hidden]': '!visible()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationLink {
  private readonly api = inject(ModerationApi);
  private readonly session = inject(SessionService);
  private readonly isAdmin = computed(() => this.session.me()?.role === 'admin');

  protected readonly open = signal(0);
  private readonly hasCases = signal(false);
  protected readonly visible = computed(() => this.isAdmin() || this.hasCases());

  constructor() {
    if (!untracked(this.isAdmin)) void this.check();
  }

  private async check(): Promise<void> {
    try {
      const { counts } = await this.api.queue({ status: 'open' });
      this.open.set(counts.open);
      this.hasCases.set(counts.open + counts.escalated > 0);
    } catch (error) {
      // Not a moderator, or the API is unwell: the group page still links managers to their queue.
      if (!(error instanceof HttpErrorResponse)) throw error;
    }
  }
}

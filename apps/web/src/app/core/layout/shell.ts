import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ModerationLink } from '@moot/web/features/moderation/moderation-link';
import { NotificationBell } from '@moot/web/features/notifications/notification-bell';
import { HeaderSearch } from '@moot/web/features/search/header-search';
import { filter, skip } from 'rxjs';

import { SessionService } from '../auth/session.service';
import { SignOutService } from '../auth/sign-out.service';
import { SiteService } from '../site/site.service';

/** The page frame: skip link, header with search, notifications and navigation, main content and footer. */
@Component({
  selector: 'moot-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButton, HeaderSearch, NotificationBell, ModerationLink],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionService);
  private readonly site = inject(SiteService);
  private readonly signOutService = inject(SignOutService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly siteName = this.site.siteName;
  protected readonly me = this.session.me;
  /** Offer "Sign in" only once we know nobody is signed in, so the header does not flicker. */
  protected readonly signedOut = computed(() => this.session.status() === 'known' && !this.session.me());
  protected readonly isAdmin = computed(() => this.session.me()?.role === 'admin');
  protected readonly signingOut = this.signOutService.inProgress;
  protected readonly signOutFailed = signal(false);

  constructor() {
    void this.site.load();
    void this.session.load();

    // After an in-app navigation, start screen readers and keyboards at the new content,
    // as a full page load would (the first navigation is a real page load).
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected async signOut(): Promise<void> {
    this.signOutFailed.set(false);
    try {
      await this.signOutService.signOut();
    } catch {
      this.signOutFailed.set(true);
    }
  }

  /** `href="#main-content"` would resolve against `<base href="/">` and leave the page. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SessionService } from '@moot/web/core/auth/session.service';
import { SiteService } from '@moot/web/core/site/site.service';
import { FeedSource } from '@moot/web/features/discussion/discussion-api';
import { Feed } from '@moot/web/features/discussion/feed';
import { CompletenessCard } from '@moot/web/features/people/completeness/completeness-card';

/** Welcome for people who are signed out; what to do next for people who are signed in. */
@Component({
  selector: 'moot-home-page',
  imports: [CompletenessCard, Feed, MatButton, RouterLink],
  templateUrl: './home-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly session = inject(SessionService);

  protected readonly siteName = inject(SiteService).siteName;
  protected readonly me = this.session.me;
  protected readonly checkFailed = computed(() => this.session.error() !== null);
  protected readonly checking = computed(() => this.session.status() !== 'known');
  protected readonly homeFeed: FeedSource = { kind: 'home' };

  constructor() {
    void this.session.load();
  }

  protected retry(): void {
    void this.session.refresh();
  }
}

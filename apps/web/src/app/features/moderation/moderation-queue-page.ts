import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { ModerationCaseStatus, ModerationCaseView, ModerationQueuePage as QueuePage } from '@moot/contracts';

import { SessionService } from '@moot/web/core/auth/session.service';

import { ModerationApi } from './moderation-api';
import { ModerationCase } from './moderation-case';

type PageState = 'loading' | 'loaded' | 'forbidden' | 'failed';

const TABS: { status: ModerationCaseStatus; label: string; empty: string }[] = [
  { status: 'open', label: 'Open', empty: 'Nothing needs a decision. Reports and held posts will appear here.' },
  { status: 'escalated', label: 'Escalated', empty: 'No cases have been escalated to site admins.' },
  { status: 'resolved', label: 'Resolved', empty: 'No decisions yet. Cases you resolve are kept here, with their history.' },
];

/** The moderation queue for group managers (their groups) and site admins (everything), one tab per status. */
@Component({
  selector: 'moot-moderation-queue-page',
  imports: [RouterLink, MatButton, MatTabNav, MatTabLink, MatTabNavPanel, ModerationCase],
  templateUrl: './moderation-queue-page.html',
  styleUrl: './moderation.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationQueuePage {
  private readonly api = inject(ModerationApi);
  private readonly session = inject(SessionService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Bumped by every load: an answer for a tab the person has already left is dropped. */
  private loadGeneration = 0;

  /** Query parameters: which tab, and optionally one group's cases. */
  readonly status = input<string | undefined>();
  readonly group = input<string | undefined>();

  protected readonly tabs = TABS;
  protected readonly current = computed<ModerationCaseStatus>(() => TABS.find((tab) => tab.status === this.status())?.status ?? 'open');
  protected readonly currentTab = computed(() => TABS.find((tab) => tab.status === this.current())!);
  protected readonly state = signal<PageState>('loading');
  protected readonly cases = signal<ModerationCaseView[]>([]);
  protected readonly counts = signal<QueuePage['counts'] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly announcement = signal('');
  protected readonly siteAdmin = computed(() => this.session.me()?.role === 'admin');

  constructor() {
    effect(() => {
      const status = this.current();
      const groupId = this.group();
      untracked(() => void this.load(status, groupId));
    });
  }

  protected tabLabel(status: ModerationCaseStatus, label: string): string {
    const counts = this.counts();
    return status !== 'resolved' && counts ? `${label} (${counts[status]})` : label;
  }

  protected retry(): void {
    void this.load(this.current(), this.group());
  }

  protected async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor || this.loadingMore()) return;
    const generation = this.loadGeneration;
    this.loadingMore.set(true);
    try {
      const page = await this.api.queue({ status: this.current(), groupId: this.group(), cursor });
      if (generation !== this.loadGeneration) return;
      const known = new Set(this.cases().map((item) => item.id));
      this.cases.update((cases) => [...cases, ...page.items.filter((item) => !known.has(item.id))]);
      this.nextCursor.set(page.nextCursor);
      this.counts.set(page.counts);
      this.announcement.set(`${page.items.length} more ${page.items.length === 1 ? 'case' : 'cases'} shown.`);
    } catch {
      this.announcement.set('We couldn’t load more cases. Try again.');
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** A decision moves a case to another tab: take it off this one and put focus on what comes next. */
  protected decided(before: ModerationCaseView, event: { updated: ModerationCaseView; message: string }): void {
    const { updated, message } = event;
    this.announcement.set(message);
    if (updated.status === this.current()) {
      this.cases.update((cases) => cases.map((item) => (item.id === updated.id ? updated : item)));
      return;
    }
    const index = this.cases().findIndex((item) => item.id === before.id);
    this.cases.update((cases) => cases.filter((item) => item.id !== before.id));
    this.counts.update((counts) => {
      if (!counts) return counts;
      const next = { ...counts };
      if (before.status !== 'resolved') next[before.status] = Math.max(0, next[before.status] - 1);
      if (updated.status !== 'resolved') next[updated.status] += 1;
      return next;
    });
    const following = this.cases()[Math.min(index, this.cases().length - 1)];
    afterNextRender(
      () => {
        const target = following ? `#case-${following.id}` : '#queue-heading';
        this.host.nativeElement.querySelector<HTMLElement>(target)?.focus();
      },
      { injector: this.injector },
    );
  }

  private async load(status: ModerationCaseStatus, groupId: string | undefined): Promise<void> {
    const generation = ++this.loadGeneration;
    this.state.set('loading');
    this.cases.set([]);
    this.nextCursor.set(null);
    try {
      const page = await this.api.queue({ status, groupId });
      if (generation !== this.loadGeneration) return;
      this.cases.set(page.items);
      this.counts.set(page.counts);
      this.nextCursor.set(page.nextCursor);
      this.state.set('loaded');
    } catch (error) {
      if (generation !== this.loadGeneration) return;
      const refused = error instanceof HttpErrorResponse && (error.status === 403 || error.status === 404);
      this.state.set(refused ? 'forbidden' : 'failed');
    }
  }
}

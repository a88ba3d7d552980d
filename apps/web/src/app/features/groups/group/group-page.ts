import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTab, MatTabContent, MatTabGroup, MatTabLabel } from '@angular/material/tabs';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { GroupDetail, JoinRequest } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';
import { composeTitle } from '@moot/web/core/layout/site-title-strategy';
import { SiteService } from '@moot/web/core/site/site.service';
import { GroupDiscussion } from '@moot/web/features/discussion/group-discussion';
import { firstValueFrom } from 'rxjs';

import { countOf, standing, typeLabel } from '../group-words';
import { GroupsApi } from '../groups-api';
import { apiMessage, isNotFound } from '../shared/api-message';
import { confirmAction } from '../shared/confirm-dialog';
import { GroupAbout } from './group-about';
import { GroupMembers } from './group-members';
import { GroupRequests } from './group-requests';
import { GroupSettingsPanel } from './group-settings';
import { JoinDialog, JoinDialogData, JoinDialogResult } from './join-dialog';

type PageState = { status: 'loading' } | { status: 'loaded'; group: GroupDetail } | { status: 'not-found' } | { status: 'failed' };

/** One group: what it is about, who is in it, join requests and settings, each on a tab. */
@Component({
  selector: 'moot-group-page',
  imports: [RouterLink, MatButton, MatTabGroup, MatTab, MatTabContent, MatTabLabel, GroupAbout, GroupMembers, GroupRequests, GroupSettingsPanel, GroupDiscussion],
  templateUrl: './group-page.html',
  styleUrl: '../groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupPage {
  private readonly api = inject(GroupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly title = inject(Title);
  private readonly session = inject(SessionService);
  private readonly site = inject(SiteService);

  /** Route parameter: the group's slug (or id). */
  readonly slug = input.required<string>();
  /** `?created=1` after "Create a group". */
  readonly created = input<string | undefined>();

  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly group = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.group : null;
  });
  protected readonly myId = computed(() => this.session.me()?.id ?? null);
  protected readonly requests = signal<JoinRequest[]>([]);
  /** Bumped when membership changes elsewhere on the page, so the members list fetches again. */
  protected readonly membersVersion = signal(0);
  protected readonly selectedTab = signal(0);
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly actionError = signal('');

  protected readonly typeLabel = computed(() => { const g = this.group(); return g ? typeLabel(g.type) : ''; });
  protected readonly memberCount = computed(() => { const g = this.group(); return g ? countOf(g.memberCount, 'member', 'members') : ''; });
  protected readonly standing = computed(() => { const g = this.group(); return g ? standing(g) : null; });

  constructor() {
    void this.session.load();
    effect(() => {
      const slug = this.slug();
      untracked(() => {
        this.status.set('');
        this.selectedTab.set(0);
        void this.load(slug);
      });
    });
  }

  /** Opening the Requests tab (the fourth) fetches the queue again: requests arrive while the page is open. */
  protected selectTab(index: number): void {
    this.selectedTab.set(index);
    const group = this.group();
    if (index === 3 && group?.can.manage) void this.loadRequests(group);
  }

  protected retry(): void {
    void this.load(this.slug());
  }

  protected async join(group: GroupDetail): Promise<void> {
    this.actionError.set('');
    const ref = this.dialog.open<JoinDialog, JoinDialogData, JoinDialogResult>(JoinDialog, {
      data: { name: group.name, type: group.type, houseRulesHtml: group.houseRulesHtml },
      width: '36rem',
      maxWidth: '95vw',
      ariaModal: true,
      autoFocus: 'first-heading',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (!result) return;
    await this.act(async () => {
      const { outcome } = await this.api.join(group.id, result.message ? { message: result.message } : {});
      this.status.set(outcome === 'joined' ? `You have joined ${group.name}.` : 'Request sent. The group\'s managers will look at it soon.');
    }, 'We couldn\'t send that just now. Try again in a moment.');
  }

  protected async leave(group: GroupDetail): Promise<void> {
    this.actionError.set('');
    const sure = await confirmAction(this.dialog, {
      title: `Leave ${group.name}?`,
      body: group.type === 'open' ? 'You can join again at any time.' : 'To come back you will need to ask to join again.',
      confirm: 'Leave group',
      danger: true,
    });
    if (!sure) return;
    await this.act(async () => {
      await this.api.leave(group.id);
      this.status.set(`You have left ${group.name}.`);
    }, 'We couldn\'t take you out of the group just now. Try again in a moment.');
  }

  /** A request was approved or denied on the Requests tab. */
  protected decided(userId: string, approved: boolean): void {
    this.requests.update((requests) => requests.filter((request) => request.person.id !== userId));
    if (approved) {
      this.membersVersion.update((version) => version + 1);
      void this.reloadQuietly();
    }
  }

  /** Members were added, removed or changed role on the Members tab. */
  protected membersChanged(): void {
    void this.reloadQuietly();
  }

  protected updated(group: GroupDetail): void {
    this.state.set({ status: 'loaded', group });
    this.setTitle(group);
  }

  private async act(action: () => Promise<void>, fallback: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await action();
      await this.reloadQuietly();
      this.membersVersion.update((version) => version + 1);
    } catch (error) {
      if (isNotFound(error)) this.state.set({ status: 'not-found' });
      else this.actionError.set(apiMessage(error, fallback));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(slug: string): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const group = await this.api.get(slug);
      this.state.set({ status: 'loaded', group });
      this.setTitle(group);
      void this.loadRequests(group);
    } catch (error) {
      this.state.set({ status: isNotFound(error) ? 'not-found' : 'failed' });
      if (isNotFound(error)) this.title.setTitle(composeTitle('Group not found', this.site.siteName()));
    }
  }

  /** Fetches the group again without the loading state, so the page does not jump. */
  private async reloadQuietly(): Promise<void> {
    const current = this.group();
    if (!current) return;
    try {
      const group = await this.api.get(current.id);
      this.state.set({ status: 'loaded', group });
      void this.loadRequests(group);
    } catch (error) {
      if (isNotFound(error)) this.state.set({ status: 'not-found' });
    }
  }

  private async loadRequests(group: GroupDetail): Promise<void> {
    if (!group.can.manage) {
      this.requests.set([]);
      return;
    }
    try {
      this.requests.set((await this.api.requests(group.id)).requests);
    } catch {
      this.requests.set([]);
    }
  }

  private setTitle(group: GroupDetail): void {
    this.title.setTitle(composeTitle(group.name, this.site.siteName()));
  }
}

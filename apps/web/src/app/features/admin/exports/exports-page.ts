import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CouncilExportView } from '@moot/contracts';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';

import { describeProgress, describeSize, isActive, percentOf, STATUS_WORDS } from './export-words';
import { ExportsApi } from './exports-api';

type ListState = { status: 'loading' } | { status: 'loaded'; items: CouncilExportView[] } | { status: 'failed' };

/** How often a running export's progress is fetched. */
export const POLL_MS = 2000;

/** Whole-council exports: start one, follow its progress, download or delete past ones. */
@Component({
  selector: 'moot-exports-page',
  imports: [DatePipe, RouterLink, MatButton, MatProgressBar],
  templateUrl: './exports-page.html',
  styleUrl: './exports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportsPage {
  private readonly api = inject(ExportsApi);
  private readonly focusAfterRender = focusAfterRender();

  protected readonly describeSize = describeSize;
  protected readonly describeProgress = describeProgress;
  protected readonly percentOf = percentOf;
  protected readonly statusWords = STATUS_WORDS;

  protected readonly state = signal<ListState>({ status: 'loading' });
  /** The export being started or followed. */
  protected readonly active = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? (state.items.find(isActive) ?? null) : null;
  });
  protected readonly past = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.items.filter((item) => !isActive(item)) : [];
  });
  /** Announced by the status region: starts, finishes and failures, not every progress tick. */
  protected readonly message = signal<string | null>(null);
  protected readonly actionFailed = signal<string | null>(null);
  protected readonly starting = signal(false);
  protected readonly confirmingDelete = signal<CouncilExportView | null>(null);
  protected readonly deleting = signal(false);

  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The export whose end is announced: the one started here, or running when the page opened. */
  private followed: string | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopPolling();
    });
    void this.load();
  }

  protected retry(): void {
    void this.load();
  }

  protected async start(): Promise<void> {
    if (this.starting()) return;
    this.starting.set(true);
    this.actionFailed.set(null);
    this.message.set(null);
    try {
      this.followed = (await this.api.start()).id;
      this.message.set('Export started. You can leave this page: it carries on in the background.');
      await this.load();
      this.focusAfterRender('export-progress-title');
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409) {
        this.actionFailed.set('An export is already running. Wait for it to finish before starting another.');
        await this.load();
      } else this.actionFailed.set("We couldn't start the export. Try again in a moment.");
    } finally {
      this.starting.set(false);
    }
  }

  protected askToDelete(item: CouncilExportView): void {
    this.confirmingDelete.set(item);
    this.focusAfterRender('export-delete-title');
  }

  protected cancelDelete(): void {
    const item = this.confirmingDelete();
    this.confirmingDelete.set(null);
    if (item) this.focusAfterRender(`export-delete-${item.id}`);
  }

  protected async confirmDelete(): Promise<void> {
    const item = this.confirmingDelete();
    if (!item || this.deleting()) return;
    this.deleting.set(true);
    this.actionFailed.set(null);
    try {
      await this.api.delete(item.id);
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 404)) {
        this.actionFailed.set("We couldn't delete the export. Try again in a moment.");
        this.deleting.set(false);
        return;
      }
    }
    this.deleting.set(false);
    this.confirmingDelete.set(null);
    this.message.set(`Deleted the export of ${this.dateOf(item)}.`);
    this.focusAfterRender('export-list-title');
    await this.load();
  }

  protected dateOf(item: CouncilExportView): string {
    return new Date(item.requestedAt).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  }

  private async load(): Promise<void> {
    if (this.state().status !== 'loaded') this.state.set({ status: 'loading' });
    try {
      const items = await this.api.list();
      if (this.destroyed) return;
      this.state.set({ status: 'loaded', items });
      const followed = items.find((item) => item.id === this.followed);
      if (followed && !isActive(followed)) {
        this.followed = null;
        this.announceEnd(followed);
      }
      this.followed ??= this.active()?.id ?? null;
    } catch {
      if (this.state().status !== 'loaded') this.state.set({ status: 'failed' });
    }
    this.schedulePoll();
  }

  /** Polls while an export is queued or running. */
  private schedulePoll(): void {
    this.stopPolling();
    if (this.destroyed || !this.active()) return;
    this.timer = setTimeout(() => void this.load(), POLL_MS);
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private announceEnd(item: CouncilExportView): void {
    if (item.status === 'completed') this.message.set(`The export is ready to download (${describeSize(item.sizeBytes)}).`);
    else if (item.status === 'failed') this.message.set(`The export failed: ${item.error ?? 'unknown error'}. You can start it again.`);
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { HOUSE_RULES_VERSION_NOT_CURRENT, SiteDocumentView, safeReturnTo } from '@moot/contracts';

import { SessionService } from '../auth/session.service';
import { SiteDocumentsApi } from './site-documents-api';

type State = { status: 'loading' } | { status: 'loaded'; rules: SiteDocumentView } | { status: 'failed' };

/**
 * Shown after sign-in (and after a material change) until the person accepts the current
 * house rules; then back to where they were going.
 */
@Component({
  selector: 'moot-house-rules-accept-page',
  imports: [DatePipe, MatButton, RouterLink],
  templateUrl: './house-rules-accept-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HouseRulesAcceptPage {
  private readonly api = inject(SiteDocumentsApi);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly returnTo = safeReturnTo(inject(ActivatedRoute).snapshot.queryParamMap.get('returnTo'));

  protected readonly state = signal<State>({ status: 'loading' });
  protected readonly accepting = signal(false);
  protected readonly acceptFailed = signal(false);
  /** Set when a newer version was published while the person was reading. */
  protected readonly changedWhileReading = signal(false);

  constructor() {
    void this.load();
  }

  protected retry(): void {
    void this.load();
  }

  protected async accept(rules: SiteDocumentView): Promise<void> {
    if (this.accepting()) return;
    this.accepting.set(true);
    this.acceptFailed.set(false);
    try {
      await this.api.acceptHouseRules(rules.version);
      await this.session.refresh();
      await this.router.navigateByUrl(this.returnTo);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 409 && error.error?.code === HOUSE_RULES_VERSION_NOT_CURRENT) {
        this.changedWhileReading.set(true);
        await this.load();
      } else {
        this.acceptFailed.set(true);
      }
    } finally {
      this.accepting.set(false);
    }
  }

  private async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const rules = await this.api.current('house_rules');
      if (rules.acceptance && !rules.acceptance.mustAccept && !this.changedWhileReading()) {
        // Nothing to accept (e.g. accepted in another tab): carry on.
        await this.router.navigateByUrl(this.returnTo);
        return;
      }
      this.state.set({ status: 'loaded', rules });
      afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 404) {
        await this.router.navigateByUrl(this.returnTo);
        return;
      }
      this.state.set({ status: 'failed' });
    }
  }
}

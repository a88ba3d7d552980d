import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { IdentityProviderResponse } from '@moot/contracts';
import { CopyButton } from '@moot/web/shared/copy-button/copy-button';

import { CertificateExpiry } from './certificate-expiry';
import { IdentityProvidersApi } from './identity-providers-api';

type PageState =
  | { status: 'loading' }
  | { status: 'loaded'; idp: IdentityProviderResponse }
  | { status: 'not-found' }
  | { status: 'failed' };

/**
 * One identity provider: its settings, the values the IT team enters at their IdP (with copy
 * buttons), a test sign-in, and deleting it behind a confirmation step.
 */
@Component({
  selector: 'moot-identity-provider-page',
  imports: [MatButton, RouterLink, CertificateExpiry, CopyButton],
  templateUrl: './identity-provider-page.html',
  styleUrl: './identity-providers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityProviderPage {
  private readonly api = inject(IdentityProvidersApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly deleteButton = viewChild<string, ElementRef<HTMLElement>>('deleteButton', { read: ElementRef });

  /** Route parameter. */
  readonly id = input.required<string>();
  /** `?saved=added` or `?saved=changed` after the form. */
  readonly saved = input<string | undefined>();

  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly confirmingDelete = signal(false);
  protected readonly deleting = signal(false);
  protected readonly deleteFailed = signal(false);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected retry(): void {
    void this.load(this.id());
  }

  protected askToDelete(): void {
    this.deleteFailed.set(false);
    this.confirmingDelete.set(true);
    afterNextRender(() => this.confirmHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
    afterNextRender(() => this.deleteButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async confirmDelete(): Promise<void> {
    if (this.deleting()) return;
    this.deleting.set(true);
    this.deleteFailed.set(false);
    try {
      await this.api.delete(this.id());
      await this.router.navigate(['/admin/identity-providers'], { queryParams: { deleted: 1 } });
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 404) {
        await this.router.navigate(['/admin/identity-providers'], { queryParams: { deleted: 1 } });
        return;
      }
      this.deleteFailed.set(true);
    } finally {
      this.deleting.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', idp: await this.api.get(id) });
    } catch (error) {
      const notFound = error instanceof HttpErrorResponse && error.status === 404;
      this.state.set({ status: notFound ? 'not-found' : 'failed' });
    }
  }
}

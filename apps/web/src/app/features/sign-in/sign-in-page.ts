import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ApiErrorBody, SignInProvider } from '@moot/contracts';
import { loginUrlWithReturnTo, signInReturnTo } from '@moot/web/core/auth/sign-in-url';
import { BrowserLocation } from '@moot/web/core/browser/browser-location';
import { SiteService } from '@moot/web/core/site/site.service';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { SignInApi } from './sign-in-api';
import { emailErrorMessage } from './sign-in-errors';

type Discovery =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'redirecting'; provider: SignInProvider }
  | { status: 'failed' };

type ProviderList =
  | { status: 'loading' }
  | { status: 'loaded'; providers: SignInProvider[] }
  | { status: 'failed' };

interface ProviderLink {
  slug: string;
  displayName: string;
  href: string;
}

/** Home-realm discovery by work email, with the list of organisations as the way round it. */
@Component({
  selector: 'moot-sign-in-page',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  host: { '(window:pageshow)': 'resetAfterReturn()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly api = inject(SignInApi);
  private readonly site = inject(SiteService);
  private readonly browserLocation = inject(BrowserLocation);
  private readonly injector = inject(Injector);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');

  /** From the `returnTo` query parameter (router component input binding). */
  readonly returnTo = input<string | undefined>();
  /** `?signedOut=1`: this person has just signed out. */
  readonly signedOut = input<string | undefined>();
  /** `?ended=<reason>`: the server ended the session (see SocketService). */
  readonly ended = input<string | undefined>();

  protected readonly sessionNotice = computed(() => sessionNotice(this.ended(), this.signedOut()));
  protected readonly siteName = this.site.siteName;
  protected readonly devIdpEnabled = this.site.devIdpEnabled;
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email],
  });
  protected readonly form = new FormGroup({ email: this.email });
  protected readonly showErrorSummary = signal(false);
  protected readonly discovery = signal<Discovery>({ status: 'idle' });
  protected readonly checking = computed(() => this.discovery().status === 'checking');
  protected readonly redirectingTo = computed(() => {
    const discovery = this.discovery();
    return discovery.status === 'redirecting' ? discovery.provider.displayName : null;
  });
  protected readonly providerList = signal<ProviderList>({ status: 'loading' });
  protected readonly providerLinks = computed<ProviderLink[]>(() => {
    const list = this.providerList();
    if (list.status !== 'loaded') return [];
    const returnTo = signInReturnTo(this.returnTo());
    return list.providers.flatMap((provider) => {
      const href = loginUrlWithReturnTo(provider.loginUrl, returnTo);
      return href ? [{ slug: provider.slug, displayName: provider.displayName, href }] : [];
    });
  });

  constructor() {
    void this.site.load();
    void this.loadProviders();
  }

  protected emailError(): string | null {
    return emailErrorMessage(this.email.errors);
  }

  protected async discoverProvider(): Promise<void> {
    if (this.discovery().status === 'checking' || this.discovery().status === 'redirecting') return;
    this.email.setValue(this.email.value.trim());
    if (this.email.invalid) {
      this.showErrors();
      return;
    }

    this.showErrorSummary.set(false);
    this.discovery.set({ status: 'checking' });
    try {
      const provider = await this.api.discover(this.email.value);
      const href = loginUrlWithReturnTo(provider.loginUrl, signInReturnTo(this.returnTo()));
      if (!href) {
        this.discovery.set({ status: 'failed' });
        return;
      }
      this.discovery.set({ status: 'redirecting', provider });
      this.browserLocation.assign(href);
    } catch (error) {
      this.handleDiscoveryError(error);
    }
  }

  /** Coming back from the provider restores this page from the back-forward cache: let them retry. */
  protected resetAfterReturn(): void {
    if (this.discovery().status === 'redirecting') this.discovery.set({ status: 'idle' });
  }

  protected retryProviders(): void {
    void this.loadProviders();
  }

  /** Summary links point at `#email`; move focus there without leaving the page. */
  protected focusEmail(event: Event): void {
    event.preventDefault();
    this.emailInput().nativeElement.focus();
  }

  private handleDiscoveryError(error: unknown): void {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 404) {
      this.discovery.set({ status: 'idle' });
      this.email.setErrors({ unknownDomain: true });
      this.showErrors();
      return;
    }
    const serverMessage = status === 400 ? emailMessageFromApi(error) : null;
    if (serverMessage) {
      this.discovery.set({ status: 'idle' });
      this.email.setErrors({ server: serverMessage });
      this.showErrors();
      return;
    }
    this.discovery.set({ status: 'failed' });
  }

  private showErrors(): void {
    this.email.markAsTouched();
    this.showErrorSummary.set(true);
    // GOV.UK pattern: move focus to the summary so the problem is read out first.
    afterNextRender(() => this.errorSummary()?.nativeElement.focus(), { injector: this.injector });
  }

  private async loadProviders(): Promise<void> {
    this.providerList.set({ status: 'loading' });
    try {
      this.providerList.set({ status: 'loaded', providers: await this.api.providers() });
    } catch {
      this.providerList.set({ status: 'failed' });
    }
  }
}

const ENDED_MESSAGES: Record<string, string> = {
  deactivated: 'Your account has been deactivated. If you think this is wrong, contact your IT service desk.',
  expired: 'Your session has ended. Please sign in again.',
  'signed-out': 'You have been signed out.',
};

function sessionNotice(ended: string | undefined, signedOut: string | undefined): string | null {
  if (ended) return ENDED_MESSAGES[ended] ?? ENDED_MESSAGES['expired'];
  return signedOut === '1' ? 'You have signed out.' : null;
}

function emailMessageFromApi(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body = error.error as Partial<ApiErrorBody> | null;
  const field = body?.errors?.find((fieldError) => fieldError.field === 'email');
  return field?.messages[0] ?? null;
}

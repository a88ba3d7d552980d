import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { IdentityProviderResponse } from '@moot/contracts';

import { CertificateExpiry, needsNewCertificate } from './certificate-expiry';
import { IdentityProvidersApi } from './identity-providers-api';

type ListState =
  | { status: 'loading' }
  | { status: 'loaded'; providers: IdentityProviderResponse[] }
  | { status: 'failed' };

/** Every identity provider at a glance, with certificates that need attention called out. */
@Component({
  selector: 'moot-identity-provider-list-page',
  imports: [MatButton, MatTableModule, RouterLink, CertificateExpiry],
  templateUrl: './identity-provider-list-page.html',
  styleUrl: './identity-providers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdentityProviderListPage {
  private readonly api = inject(IdentityProvidersApi);

  /** `?deleted=1` after a provider was deleted. */
  readonly deleted = input<string | undefined>();

  protected readonly columns = ['name', 'slug', 'status', 'domains', 'certificates'];
  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly needingCertificates = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.providers.filter((idp) => needsNewCertificate(idp.certificates)) : [];
  });

  constructor() {
    void this.load();
  }

  protected retry(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', providers: await this.api.list() });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}

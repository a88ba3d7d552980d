import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Where site admins start: one link per job. */
@Component({
  selector: 'moot-admin-home-page',
  imports: [RouterLink],
  template: `
    <h1 class="moot-heading-xl">Admin</h1>
    <ul class="moot-admin-links">
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/identity-providers">Identity providers</a></h2>
        <p>Connect your council's sign-in (Entra ID, ADFS, Okta and others) so staff can sign in.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/scim-tokens">SCIM tokens</a></h2>
        <p>Let your identity provider create, update and remove staff accounts automatically.</p>
      </li>
    </ul>
  `,
  styles: `
    .moot-admin-links {
      max-width: var(--moot-measure);
      margin: 0;
      padding: 0;
      list-style: none;

      li {
        margin-bottom: 1.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminHomePage {}

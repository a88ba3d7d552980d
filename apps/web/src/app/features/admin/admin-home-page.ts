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
      <li>
        <h2 class="moot-heading-s"><a routerLink="/moderation">Moderation queue</a></h2>
        <p>Decide on reported and held posts, including cases escalated from groups.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/watch-list">Watch-list</a></h2>
        <p>Hold posts that use certain words or phrases until a moderator approves them.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/election-periods">Election periods</a></h2>
        <p>Label or hold posts during a pre-election period, for the whole site or one group.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/site-documents">House rules and moderation policy</a></h2>
        <p>Publish new versions; a material change asks everyone to accept the house rules again.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/audit">Audit log</a></h2>
        <p>See who signed in, changed settings or roles, or revealed an author; search it and download it.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/erasure">Erase a person's data</a></h2>
        <p>When someone asks to be forgotten: scrub their profile and keep or remove what they wrote.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/retention">Retention policies</a></h2>
        <p>Delete old posts automatically, group by group, in line with your retention schedule.</p>
      </li>
      <li>
        <h2 class="moot-heading-s"><a routerLink="/admin/exports">Export the whole council</a></h2>
        <p>Download everything in Moot as one archive in open formats, to keep or to move elsewhere.</p>
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

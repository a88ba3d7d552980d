import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SiteDocumentReader } from '@moot/web/core/house-rules/site-document-reader';

/** What happens to a report, who decides, and how to ask for a review: as published by the admins. */
@Component({
  selector: 'moot-moderation-policy-page',
  imports: [RouterLink, SiteDocumentReader],
  template: `
    <article>
      <h1 class="moot-heading-xl">Moderation policy</h1>
      <p class="moot-lead">
        What happens when something is reported, who decides, and how to ask for a decision to be looked at again. It
        goes with the <a routerLink="/house-rules">house rules</a>.
      </p>
      <moot-site-document-reader kind="moderation_policy" />
    </article>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationPolicyPage {}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SiteDocumentReader } from '@moot/web/core/house-rules/site-document-reader';
import { SiteService } from '@moot/web/core/site/site.service';

/** The site's house rules as published by its admins, with every earlier version. */
@Component({
  selector: 'moot-house-rules-page',
  imports: [RouterLink, SiteDocumentReader],
  templateUrl: './house-rules-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HouseRulesPage {
  protected readonly siteName = inject(SiteService).siteName;
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SiteService } from '@moot/web/core/site/site.service';

/** The discussion rules and moderation policy, published where everyone can read them. */
@Component({
  selector: 'moot-house-rules-page',
  templateUrl: './house-rules-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HouseRulesPage {
  protected readonly siteName = inject(SiteService).siteName;
}

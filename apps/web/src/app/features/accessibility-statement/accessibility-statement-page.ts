import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SiteService } from '@moot/web/core/site/site.service';

/** Accessibility statement in the GOV.UK model format (Public Sector Bodies Accessibility Regulations). */
@Component({
  selector: 'moot-accessibility-statement-page',
  imports: [RouterLink],
  templateUrl: './accessibility-statement-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityStatementPage {
  protected readonly siteName = inject(SiteService).siteName;
  protected readonly preparedOn = '22 November 2026';
}

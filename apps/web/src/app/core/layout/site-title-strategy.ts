import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

import { SiteService } from '../site/site.service';

/** "Page – Site name", e.g. "Sign in – Moot"; follows the site name once the API has sent it. */
export function composeTitle(pageTitle: string | undefined, siteName: string): string {
  return pageTitle ? `${pageTitle} – ${siteName}` : siteName;
}

@Injectable({ providedIn: 'root' })
export class SiteTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly site = inject(SiteService);
  private readonly pageTitle = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => this.title.setTitle(composeTitle(this.pageTitle(), this.site.siteName())));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitle.set(this.buildTitle(snapshot));
  }
}

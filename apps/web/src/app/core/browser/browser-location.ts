import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Full-page navigation (leaving the Angular app), behind a seam that specs can replace. */
@Injectable({ providedIn: 'root' })
export class BrowserLocation {
  private readonly document = inject(DOCUMENT);

  assign(url: string): void {
    this.document.location.assign(url);
  }
}

import { DOCUMENT, Injectable, inject } from '@angular/core';

/** localStorage for small per-person marks (e.g. when a feed was last read); quietly does nothing where storage is blocked. */
@Injectable({ providedIn: 'root' })
export class LocalStore {
  private readonly document = inject(DOCUMENT);

  get(key: string): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    try {
      this.document.defaultView?.localStorage.setItem(key, value);
    } catch {
      // Private browsing or a full quota: the mark lasts for this page only.
    }
  }
}

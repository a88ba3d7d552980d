import { DOCUMENT, Injectable, inject } from '@angular/core';

/** sessionStorage for small per-tab preferences; quietly does nothing where storage is blocked. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly storage = storageOf(inject(DOCUMENT));

  get(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Private browsing or a full quota: the preference lasts until the page is reloaded.
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}

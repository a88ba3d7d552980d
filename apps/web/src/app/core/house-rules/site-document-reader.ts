import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { SiteDocumentKind, SiteDocumentVersion, SiteDocumentView } from '@moot/contracts';

import { SiteDocumentsApi } from './site-documents-api';

type State =
  | { status: 'loading' }
  | { status: 'loaded'; current: SiteDocumentView; history: SiteDocumentVersion[] }
  | { status: 'none' }
  | { status: 'failed' };

/**
 * The current published version of a site document, then every earlier version for anyone to
 * read (so people can see what changed and when). The page around it owns the h1.
 */
@Component({
  selector: 'moot-site-document-reader',
  imports: [DatePipe, MatButton],
  template: `
    @switch (state().status) {
      @case ('loading') {
        <p role="status">Loading…</p>
      }
      @case ('none') {
        <p>This has not been published yet. Ask a site administrator.</p>
      }
      @case ('failed') {
        <p role="alert">This could not be loaded. Check your connection and try again.</p>
        <button mat-flat-button type="button" (click)="load()">Try again</button>
      }
    }
    @if (state(); as s) {
      @if (s.status === 'loaded') {
        <p class="moot-document-meta">
          Version {{ s.current.version }}, published {{ s.current.publishedAt | date: 'd MMMM y' }}
        </p>
        <div class="moot-prose moot-document-body" [innerHTML]="s.current.bodyHtml"></div>

        <h2 class="moot-heading-l">Version history</h2>
        <ol class="moot-document-history" reversed>
          @for (version of s.history; track version.version) {
            <li>
              <details>
                <summary>
                  Version {{ version.version }}, {{ version.publishedAt | date: 'd MMMM y' }}
                  @if (version.material) {
                    (material change)
                  }
                  @if (version.version === s.current.version) {
                    (current)
                  }
                </summary>
                @if (version.changeSummary) {
                  <p><strong>What changed:</strong> {{ version.changeSummary }}</p>
                }
                @if (version.publishedBy) {
                  <p>Published by {{ version.publishedBy.displayName }}</p>
                }
                <div class="moot-prose" [innerHTML]="version.bodyHtml"></div>
              </details>
            </li>
          }
        </ol>
      }
    }
  `,
  styles: `
    .moot-document-meta {
      color: var(--moot-secondary-text, inherit);
    }
    .moot-document-history {
      padding-left: 0;
      list-style: none;
      max-width: var(--moot-measure);

      li {
        margin-bottom: 0.75rem;
      }
      summary {
        cursor: pointer;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteDocumentReader {
  private readonly api = inject(SiteDocumentsApi);

  readonly kind = input.required<SiteDocumentKind>();
  protected readonly state = signal<State>({ status: 'loading' });

  constructor() {
    effect(() => void this.fetch(this.kind()));
  }

  protected load(): void {
    void this.fetch(this.kind());
  }

  private async fetch(kind: SiteDocumentKind): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      const [current, history] = await Promise.all([this.api.current(kind), this.api.history(kind)]);
      this.state.set({ status: 'loaded', current, history: history.items });
    } catch (error) {
      this.state.set(error instanceof HttpErrorResponse && error.status === 404 ? { status: 'none' } : { status: 'failed' });
    }
  }
}

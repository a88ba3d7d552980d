import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';

/** "Copy" with the thing it copies in its accessible name, and a spoken confirmation. */
@Component({
  selector: 'moot-copy-button',
  imports: [CdkCopyToClipboard, MatButton],
  template: `
    <button
      mat-stroked-button
      type="button"
      class="moot-copy-button"
      [cdkCopyToClipboard]="text()"
      (cdkCopyToClipboardCopied)="copied($event)"
    >
      Copy<span class="moot-visually-hidden"> {{ label() }}</span>
    </button>
    <span class="moot-copy-button__status" role="status">{{ status() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }

    .moot-copy-button__status {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyButton {
  readonly text = input.required<string>();
  /** What is copied, e.g. "ACS URL"; read out after "Copy". */
  readonly label = input.required<string>();

  protected readonly status = signal('');

  protected copied(succeeded: boolean): void {
    this.status.set(succeeded ? `${this.label()} copied` : 'Could not copy. Select the text and copy it instead.');
  }
}

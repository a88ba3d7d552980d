import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** "Priya Shah" → "PS"; one name gives one letter. */
export function initials(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toLocaleUpperCase('en-GB') ?? '').join('');
}

/**
 * A person's photo, or their initials when they have none. Decorative by default (alt=""),
 * because the name is always written next to it.
 */
@Component({
  selector: 'moot-avatar',
  template: `
    @if (url(); as src) {
      <img class="moot-avatar" [class.moot-avatar--large]="large()" [src]="src" [alt]="alt()" loading="lazy" />
    } @else {
      <span class="moot-avatar moot-avatar--initials" [class.moot-avatar--large]="large()" aria-hidden="true">{{
        letters()
      }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      flex: none;
    }
    .moot-avatar {
      display: grid;
      place-items: center;
      width: 3.5rem;
      height: 3.5rem;
      border-radius: 50%;
      object-fit: cover;
      font-weight: 700;
    }
    .moot-avatar--initials {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .moot-avatar--large {
      width: 8rem;
      height: 8rem;
      font-size: 2.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Avatar {
  readonly name = input.required<string>();
  readonly url = input<string | null>(null);
  readonly large = input(false);
  /** Leave empty when the name is next to the picture. */
  readonly alt = input('');

  protected readonly letters = computed(() => initials(this.name()));
}

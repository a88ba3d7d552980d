import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';

/** How long someone counts as typing after their last keystroke event. */
export const TYPING_SHOWN_MS = 5000;

/** "Sam is typing…" under a thread. Visual only: announcing every keystroke would drown a screen reader. */
@Component({
  selector: 'moot-typing-indicator',
  template: `<p class="moot-typing moot-hint">{{ text() }}</p>`,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TypingIndicator {
  private readonly people = signal<ReadonlyMap<string, string>>(new Map());
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  protected readonly text = computed(() => {
    const names = [...this.people().values()];
    if (names.length === 0) return '';
    if (names.length === 1) return `${names[0]} is typing…`;
    if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
    return 'Several people are typing…';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.timers.forEach((timer) => clearTimeout(timer)));
  }

  typing(user: { id: string; displayName: string }): void {
    clearTimeout(this.timers.get(user.id));
    this.timers.set(user.id, setTimeout(() => this.stopped(user.id), TYPING_SHOWN_MS));
    this.people.update((people) => new Map(people).set(user.id, user.displayName));
  }

  stopped(userId: string): void {
    clearTimeout(this.timers.get(userId));
    this.timers.delete(userId);
    if (!this.people().has(userId)) return;
    this.people.update((people) => {
      const next = new Map(people);
      next.delete(userId);
      return next;
    });
  }
}

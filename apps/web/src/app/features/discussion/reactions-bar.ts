import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { REACTION_KINDS, ReactionKind, ReactionSummary } from '@moot/contracts';

import { REACTION_LABELS } from './discussion-words';

/** The four reactions as toggle buttons, each with its count. */
@Component({
  selector: 'moot-reactions-bar',
  template: `
    <ul class="moot-reactions" [attr.aria-label]="label()">
      @for (reaction of all(); track reaction.kind) {
        <li>
          <button
            type="button"
            class="moot-reaction"
            [attr.aria-pressed]="reaction.mine"
            [disabled]="!canReact() || busy()"
            (click)="toggled.emit({ kind: reaction.kind, on: !reaction.mine })"
          >
            {{ labels[reaction.kind] }} <span class="moot-reaction__count">{{ reaction.count }}</span>
          </button>
        </li>
      }
    </ul>
  `,
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReactionsBar {
  readonly reactions = input.required<ReactionSummary[]>();
  readonly canReact = input(true);
  readonly busy = input(false);
  /** e.g. "Reactions to Priya Shah's post". */
  readonly label = input('Reactions');
  readonly toggled = output<{ kind: ReactionKind; on: boolean }>();

  protected readonly labels = REACTION_LABELS;
  protected readonly all = computed(() => {
    const known = new Map(this.reactions().map((reaction) => [reaction.kind, reaction]));
    return REACTION_KINDS.map((kind) => known.get(kind) ?? { kind, count: 0, mine: false });
  });
}

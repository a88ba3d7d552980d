import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';

import { FormProblem } from '../forms/form-problems';

/**
 * The GOV.UK error summary: takes focus whenever a new set of problems arrives, and links each
 * problem to its field.
 */
@Component({
  selector: 'moot-error-summary',
  template: `
    <div class="moot-error-summary" tabindex="-1" aria-labelledby="error-summary-title" #box>
      <h2 id="error-summary-title" class="moot-error-summary__title">There is a problem</h2>
      <ul class="moot-error-summary__list">
        @for (problem of problems(); track $index) {
          <li>
            @if (problem.controlId; as controlId) {
              <a [href]="'#' + controlId" (click)="focusField($event, controlId)">{{ problem.message }}</a>
            } @else {
              {{ problem.message }}
            }
          </li>
        }
      </ul>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  readonly problems = input.required<FormProblem[]>();

  constructor() {
    effect(() => {
      this.problems();
      afterNextRender(() => this.box().nativeElement.focus(), { injector: this.injector });
    });
  }

  /** `href="#id"` would resolve against `<base href="/">`; move focus to the field instead. */
  protected focusField(event: Event, controlId: string): void {
    event.preventDefault();
    const target = this.document.getElementById(controlId);
    const focusable = target?.matches('input, textarea, select, button')
      ? target
      : target?.querySelector<HTMLElement>('input, textarea, select, button');
    focusable?.focus();
  }
}

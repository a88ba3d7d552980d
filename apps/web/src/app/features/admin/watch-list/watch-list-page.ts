import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { WATCH_PHRASE_MAX, WatchWord } from '@moot/contracts';
import { ErrorSummary } from '@moot/web/shared/error-summary/error-summary';
import { focusAfterRender } from '@moot/web/shared/focus/focus-after-render';
import { FormProblem, apiFieldErrors, applyApiFieldErrors } from '@moot/web/shared/forms/form-problems';
import { submittedErrorStateMatcher } from '@moot/web/shared/forms/submitted-error-state-matcher';

import { WatchListApi } from './watch-list-api';

type ListState = { status: 'loading' } | { status: 'loaded'; words: WatchWord[] } | { status: 'failed' };

const PHRASE_MAX = WATCH_PHRASE_MAX;

/** Site admins keep the watch-list: posts and replies that use one of these phrases wait for a moderator. */
@Component({
  selector: 'moot-watch-list-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, ErrorSummary],
  templateUrl: './watch-list-page.html',
  providers: [{ provide: ErrorStateMatcher, useValue: submittedErrorStateMatcher }],
  styles: `
    .watch-form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 1rem 1.5rem;
      margin-bottom: 2rem;
    }
    .watch-form__field {
      flex: 1 1 20rem;
      max-width: 28rem;
    }
    .watch-form button {
      margin-top: 0.6rem;
    }
    .watch-list {
      max-width: var(--moot-measure);
      margin: 0 0 2rem;
      padding: 0;
      list-style: none;
    }
    .watch-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WatchListPage {
  private readonly api = inject(WatchListApi);
  private readonly focusAfterRender = focusAfterRender();
  private readonly addForm = viewChild.required(FormGroupDirective);

  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly phrase = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PHRASE_MAX)] });
  protected readonly form = new FormGroup({ phrase: this.phrase });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);
  protected readonly failure = signal('');
  protected readonly announcement = signal('');

  constructor() {
    void this.load();
  }

  protected phraseError(): string | null {
    const errors = this.phrase.errors;
    if (typeof errors?.['server'] === 'string') return errors['server'];
    if (errors?.['required']) return 'Enter a word or phrase to watch for';
    if (errors?.['maxlength']) return `The phrase must be ${PHRASE_MAX} characters or fewer`;
    return null;
  }

  protected retry(): void {
    void this.load();
  }

  protected async add(): Promise<void> {
    if (this.adding()) return;
    this.failure.set('');
    this.phrase.setValue(this.phrase.value.trim());
    const problem = this.phraseError();
    if (problem) {
      this.problems.set([{ controlId: 'watch-phrase', message: problem }]);
      return;
    }
    this.problems.set([]);
    this.adding.set(true);
    try {
      const word = await this.api.add({ phrase: this.phrase.value });
      this.addForm().resetForm();
      this.state.update((state) => (state.status === 'loaded' ? { status: 'loaded', words: [word, ...state.words.filter((w) => w.id !== word.id)] } : state));
      this.announcement.set(`“${word.phrase}” added to the watch-list.`);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error);
      if (fieldErrors) {
        this.problems.set(applyApiFieldErrors(fieldErrors, { phrase: { label: 'Phrase', controlId: 'watch-phrase', control: this.phrase } }));
      } else {
        this.failure.set('We couldn’t add the phrase. Try again in a moment.');
      }
    } finally {
      this.adding.set(false);
    }
  }

  protected async remove(word: WatchWord): Promise<void> {
    if (this.removing()) return;
    this.failure.set('');
    this.removing.set(word.id);
    try {
      await this.api.remove(word.id);
      this.gone(word);
    } catch (error) {
      // Already gone is what the admin wanted.
      if (error instanceof HttpErrorResponse && error.status === 404) this.gone(word);
      else this.failure.set(`We couldn’t remove “${word.phrase}”. Try again in a moment.`);
    } finally {
      this.removing.set(null);
    }
  }

  private gone(word: WatchWord): void {
    this.state.update((state) => (state.status === 'loaded' ? { status: 'loaded', words: state.words.filter((w) => w.id !== word.id) } : state));
    this.announcement.set(`“${word.phrase}” removed from the watch-list.`);
    this.focusAfterRender('watch-list-title');
  }

  private async load(): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'loaded', words: (await this.api.list()).items });
    } catch {
      this.state.set({ status: 'failed' });
    }
  }
}

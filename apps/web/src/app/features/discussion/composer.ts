import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  ATTACHMENT_MAX_BYTES,
  AttachmentView,
  CreatePostRequest,
  GroupDetail,
  POLL_OPTIONS_MAX,
  POST_BODY_MAX,
  PostType,
  PostView,
} from '@moot/contracts';
import { apiMessage } from '@moot/web/features/groups/shared/api-message';
import { apiFieldErrors, readableMessage } from '@moot/web/shared/forms/form-problems';

import { DiscussionApi } from './discussion-api';
import { MentionField } from './mention-field';

type Field = 'type' | 'body' | 'file' | 'altText' | 'poll' | 'form';
const FIELD_LABELS: Record<Field, string> = { type: 'Type of post', body: 'Your post', file: 'Attachment', altText: 'Image description', poll: 'Poll', form: 'Post' };
const TYPE_LABELS: Record<PostType, string> = { discussion: 'Discussion', question: 'Question', poll: 'Poll', announcement: 'Announcement' };

/** Start a post: type, markdown text with @mentions and #topics, attachments, a poll, anonymity where allowed. */
@Component({
  selector: 'moot-composer',
  imports: [MatButton, MentionField],
  templateUrl: './composer.html',
  styleUrl: './discussion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Composer {
  private readonly api = inject(DiscussionApi);
  private readonly bodyField = viewChild.required(MentionField);

  /** The group to post in; null posts on your own profile. */
  readonly group = input<GroupDetail | null>(null);
  readonly posted = output<PostView>();

  protected readonly bodyMax = POST_BODY_MAX;
  protected readonly optionsMax = POLL_OPTIONS_MAX;
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly type = signal<PostType>('discussion');
  protected readonly body = signal('');
  protected readonly preview = signal(false);
  /** Server-rendered HTML of the draft while previewing; null while loading or when it failed. */
  protected readonly previewHtml = signal<string | null>(null);
  protected readonly previewFailed = signal(false);
  protected readonly anonymous = signal(false);
  protected readonly file = signal<File | null>(null);
  protected readonly altText = signal('');
  protected readonly attachments = signal<AttachmentView[]>([]);
  protected readonly options = signal<string[]>(['', '']);
  protected readonly multipleChoice = signal(false);
  protected readonly closesAt = signal('');
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly busy = signal(false);
  protected readonly uploading = signal(false);

  protected readonly types = computed<PostType[]>(() =>
    this.group()?.can.manage ? ['discussion', 'question', 'poll', 'announcement'] : ['discussion', 'question', 'poll'],
  );
  protected readonly allowAnonymous = computed(() => this.group()?.settings.allowAnonymousPosts === true);
  protected readonly count = computed(() => `${this.body().length.toLocaleString('en-GB')} of ${POST_BODY_MAX.toLocaleString('en-GB')} characters`);
  protected readonly isImage = computed(() => this.file()?.type.startsWith('image/') ?? false);

  protected async showPreview(): Promise<void> {
    this.preview.set(true);
    this.previewHtml.set(null);
    this.previewFailed.set(false);
    if (!this.body().trim()) return;
    try {
      this.previewHtml.set(await this.api.preview(this.body()));
    } catch {
      this.previewFailed.set(true);
    }
  }

  protected setOption(index: number, label: string): void {
    this.options.update((options) => options.map((option, i) => (i === index ? label : option)));
  }

  protected addOption(): void {
    if (this.options().length < POLL_OPTIONS_MAX) this.options.update((options) => [...options, '']);
  }

  protected removeOption(index: number): void {
    if (this.options().length > 2) this.options.update((options) => options.filter((_, i) => i !== index));
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.[0] ?? null);
    this.setError('file', undefined);
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = this.file();
    if (!file) return this.setError('file', 'Choose a file to attach.');
    if (file.size > ATTACHMENT_MAX_BYTES) return this.setError('file', 'The file must be smaller than 20 MB.');
    const altText = this.altText().trim();
    if (this.isImage() && !altText) return this.setError('altText', 'Describe the image for people who cannot see it.');
    this.setError('altText', undefined);
    this.uploading.set(true);
    try {
      const attachment = await this.api.upload(file, altText);
      this.attachments.update((list) => [...list, attachment]);
      this.file.set(null);
      this.altText.set('');
      input.value = '';
    } catch (error) {
      this.setError('file', uploadMessage(error));
    } finally {
      this.uploading.set(false);
    }
  }

  protected removeAttachment(id: string): void {
    this.attachments.update((list) => list.filter((attachment) => attachment.id !== id));
  }

  protected async submit(): Promise<void> {
    if (this.busy() || !this.validate()) return;
    const request: CreatePostRequest = { groupId: this.group()?.id ?? null, type: this.type(), body: this.body().trim() };
    if (this.anonymous() && this.allowAnonymous()) request.anonymous = true;
    if (this.attachments().length) request.attachmentIds = this.attachments().map((attachment) => attachment.id);
    if (this.type() === 'poll') {
      request.poll = {
        options: this.options().map((option) => option.trim()).filter(Boolean),
        multipleChoice: this.multipleChoice(),
        closesAt: this.closesAt() ? new Date(this.closesAt()).toISOString() : null,
      };
    }
    this.busy.set(true);
    try {
      const post = await this.api.create(request);
      this.reset();
      this.posted.emit(post);
    } catch (error) {
      this.showServerErrors(error);
    } finally {
      this.busy.set(false);
    }
  }

  private validate(): boolean {
    const errors: Partial<Record<Field, string>> = {};
    const body = this.body().trim();
    if (!body) errors.body = 'Enter what you want to say.';
    else if (body.length > POST_BODY_MAX) errors.body = `Your post must be ${POST_BODY_MAX.toLocaleString('en-GB')} characters or fewer.`;
    if (this.file()) errors.file = 'Upload the chosen file first, or choose no file.';
    if (this.type() === 'poll' && this.options().filter((option) => option.trim()).length < 2) errors.poll = 'Give the poll at least 2 options.';
    this.errors.set(errors);
    if (errors.body) this.bodyField().focus();
    return Object.keys(errors).length === 0;
  }

  private showServerErrors(error: unknown): void {
    const fields = apiFieldErrors(error);
    if (!fields) return this.setError('form', apiMessage(error, 'We couldn’t post that just now. Try again in a moment.'));
    const errors: Partial<Record<Field, string>> = {};
    for (const { field, messages } of fields) {
      const root = field.split('.')[0];
      const key: Field = root === 'body' || root === 'poll' || root === 'type' ? root : root === 'attachmentIds' ? 'file' : 'form';
      errors[key] = readableMessage(FIELD_LABELS[key], field, messages[0] ?? 'is not valid');
    }
    this.errors.set(errors);
  }

  private setError(field: Field, message: string | undefined): void {
    this.errors.update((errors) => ({ ...errors, [field]: message }));
  }

  private reset(): void {
    this.body.set('');
    this.preview.set(false);
    this.anonymous.set(false);
    this.attachments.set([]);
    this.options.set(['', '']);
    this.multipleChoice.set(false);
    this.closesAt.set('');
    this.errors.set({});
    this.type.set('discussion');
  }
}

function uploadMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const message = (error.error as { message?: unknown } | null)?.message;
    if ([400, 413, 415].includes(error.status) && typeof message === 'string' && message) return message;
    if (error.status === 413) return 'The file must be smaller than 20 MB.';
    if (error.status === 415) return 'That type of file cannot be attached. Attach an image, PDF or office document.';
  }
  return 'We couldn’t upload the file. Try again.';
}

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GroupDetail, POST_BODY_MAX, PostView } from '@moot/contracts';
import { aDirectoryEntry } from '@moot/web-testing/people';
import { settle } from '@moot/web-testing/settle';

import { aGroup } from '../groups/testing/group-factories';
import { Composer } from './composer';
import { aPost } from './testing/discussion-factories';

@Component({
  imports: [Composer],
  template: `<moot-composer [group]="group()" (posted)="posted.push($event)" />`,
})
class Host {
  readonly group = signal<GroupDetail>(aGroup());
  readonly posted: PostView[] = [];
}

describe(Composer.name, () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let root: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    root = fixture.nativeElement;
    await settle(fixture);
  });

  afterEach(() => http.verify());

  const body = () => root.querySelector<HTMLTextAreaElement>('#composer-body')!;
  const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === name)!;
  const errorTexts = () => Array.from(root.querySelectorAll('.moot-error-text')).map((e) => e.textContent?.trim());

  async function type(text: string): Promise<void> {
    body().value = text;
    body().setSelectionRange(text.length, text.length);
    body().dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  it('refuses a post longer than the limit, saying so by the field', async () => {
    await type('x'.repeat(POST_BODY_MAX + 1));

    button('Post').click();
    await settle(fixture);

    expect(errorTexts()).toContain('Your post must be 20,000 characters or fewer.');
    expect(body().getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/posts');
  });

  it('previews the draft as the server renders it, and shows the text as typed if that fails', async () => {
    await type('**Budget** consultation');

    button('Preview').click();
    await settle(fixture);
    const request = http.expectOne('/api/posts/preview');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ body: '**Budget** consultation' });
    request.flush({ html: '<p><strong>Budget</strong> consultation</p>' });
    await settle(fixture);
    expect(root.querySelector('[aria-label="Preview of your post"] strong')?.textContent).toBe('Budget');

    button('Write').click();
    await settle(fixture);
    button('Preview').click();
    await settle(fixture);
    http.expectOne('/api/posts/preview').flush('down', { status: 503, statusText: 'Unavailable' });
    await settle(fixture);
    expect(root.querySelector('[aria-label="Preview of your post"]')?.textContent).toContain('could not be loaded');
    expect(root.querySelector('[aria-label="Preview of your post"] pre')?.textContent).toBe('**Budget** consultation');
  });

  it('requires alt text before uploading an image', async () => {
    const input = root.querySelector<HTMLInputElement>('#composer-file')!;
    const file = new File(['png'], 'flyer.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);

    button('Upload file').click();
    await settle(fixture);

    expect(errorTexts()).toContain('Describe the image for people who cannot see it.');
    expect(root.querySelector('#composer-alt')!.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/attachments');
  });

  it('shows the server’s message when a file is too large (413)', async () => {
    const input = root.querySelector<HTMLInputElement>('#composer-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['%PDF'], 'minutes.pdf', { type: 'application/pdf' })] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);

    button('Upload file').click();
    http.expectOne('/api/attachments').flush({ statusCode: 413, code: 'TOO_LARGE', message: 'Files can be at most 20 MB.' }, { status: 413, statusText: 'Payload Too Large' });
    await settle(fixture);

    expect(errorTexts()).toContain('Files can be at most 20 MB.');
  });

  it('inserts a mention token for the colleague picked while typing @name', async () => {
    await type('Thanks @Pri');
    const lookup = http.expectOne((request) => request.url === '/api/people');
    expect(lookup.request.params.get('q')).toBe('Pri');
    lookup.flush({ items: [aDirectoryEntry()], nextCursor: null });
    await settle(fixture);

    const option = root.querySelector<HTMLElement>('[role="option"]')!;
    expect(option.textContent).toContain('Priya Shah');
    option.click();
    await settle(fixture);

    expect(body().value).toBe('Thanks @[Priya Shah](p-priya) ');
    expect(root.querySelector('[role="listbox"]')).toBeNull();
  });

  it('offers announcements only to the group’s managers', async () => {
    const options = () => Array.from(root.querySelectorAll('#composer-type option')).map((o) => o.textContent?.trim());
    expect(options()).not.toContain('Announcement');

    fixture.componentInstance.group.set(aGroup({ myRole: 'owner', can: { ...aGroup().can, manage: true } }));
    await settle(fixture);

    expect(options()).toContain('Announcement');
  });

  it('words the API’s field errors with the field’s label', async () => {
    await type('   x');
    button('Post').click();
    http.expectOne('/api/posts').flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check the post', errors: [{ field: 'body', messages: ['body must not be empty'] }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(errorTexts()).toContain('Your post must not be empty');
  });

  it('posts to the group and puts field errors from a 400 by the field', async () => {
    await type('Who is free on Thursday?');
    button('Post').click();
    const request = http.expectOne('/api/posts');
    expect(request.request.body).toEqual({ groupId: aGroup().id, type: 'discussion', body: 'Who is free on Thursday?' });
    request.flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Check the post', errors: [{ field: 'body', messages: ['Body mentions someone who is not in the group.'] }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(errorTexts()).toContain('Body mentions someone who is not in the group.');

    button('Post').click();
    http.expectOne('/api/posts').flush(aPost());
    await settle(fixture);

    expect(fixture.componentInstance.posted.map((post) => post.id)).toEqual(['post-1']);
    expect(body().value).toBe('');
  });
});

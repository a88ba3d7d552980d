import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ANIMATION_MODULE_TYPE } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PostView } from '@moot/contracts';
import { PostCard } from '@moot/web/features/discussion/post-card';
import { aPost } from '@moot/web/features/discussion/testing/discussion-factories';
import { settle } from '@moot/web-testing/settle';

/** What issue #8 adds to a post: Report for others, the author's notice, and the election label. */
describe(`${PostCard.name} (moderation)`, () => {
  let fixture: ComponentFixture<PostCard>;
  let http: HttpTestingController;

  async function render(post: PostView): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [PostCard],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: ANIMATION_MODULE_TYPE, useValue: 'NoopAnimations' }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PostCard);
    fixture.componentRef.setInput('post', post);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const buttons = (root: Element) => Array.from(root.querySelectorAll('button')).map(text);

  it('lets a colleague report the post and its files, and opens the report dialog', async () => {
    const card = await render(
      aPost({ attachments: [{ id: 'file-1', kind: 'document', fileName: 'rota.xlsx', contentType: 'application/vnd.ms-excel', size: 2048, altText: null, url: '/f/1', thumbnailUrl: null }] }),
    );

    expect(buttons(card)).toEqual(expect.arrayContaining(['Report Priya Shah’s post', 'Report the file rota.xlsx']));

    Array.from(card.querySelectorAll('button')).find((button) => text(button) === 'Report Priya Shah’s post')!.click();
    await settle(fixture);

    expect(text(document.querySelector('mat-dialog-container h2'))).toBe('Report this post');
  });

  it('offers no Report on your own post, and tells you why it was removed', async () => {
    const card = await render(
      aPost({
        can: { ...aPost().can, edit: true, delete: true },
        moderation: {
          caseId: 'case-1',
          state: 'removed',
          reason: 'Breaks house rule 2.',
          action: 'remove',
          decidedAt: '2026-11-21T09:30:00.000Z',
          canRequestReview: true,
          reviewRequestedAt: null,
        },
      }),
    );

    expect(buttons(card).some((name) => name?.startsWith('Report'))).toBe(false);
    expect(text(card.querySelector('.moot-notice'))).toContain('Removed by a moderator: Breaks house rule 2. — Ask for a review');
  });

  it('shows the election period’s label', async () => {
    const card = await render(aPost({ electionLabel: 'Local elections 2027' }));

    expect(text(card.querySelector('.moot-post__tags'))).toBe('Local elections 2027');
  });
});

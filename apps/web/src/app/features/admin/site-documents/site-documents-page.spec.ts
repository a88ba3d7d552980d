import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { SiteDocumentVersion } from '@moot/contracts';
import { configureRoutedPage, openRoutedPage } from '@moot/web-testing/routed-page';
import { settle } from '@moot/web-testing/settle';

import { SiteDocumentsPage } from './site-documents-page';

const v1: SiteDocumentVersion = {
  kind: 'house_rules',
  version: 1,
  bodyHtml: '<p>Be kind.</p>',
  body: 'Be kind.',
  material: true,
  changeSummary: 'First version.',
  publishedAt: '2026-11-01T10:00:00.000Z',
  publishedBy: { id: 'a1', displayName: 'Ada Admin', jobTitle: null, department: null, avatarUrl: null, formerColleague: false },
};

describe(SiteDocumentsPage.name, () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(() => {
    http = configureRoutedPage([{ path: 'admin/site-documents', component: SiteDocumentsPage }]);
  });

  afterEach(() => http.verify());

  async function open(url = '/admin/site-documents', items: SiteDocumentVersion[] = [v1]): Promise<void> {
    ({ harness, page } = await openRoutedPage(url));
    await settle(harness.fixture);
    http.expectOne(`/api/site-documents/${items[0]?.kind ?? 'house_rules'}/versions`).flush({ items });
    await settle(harness.fixture);
  }

  const button = (name: string) => Array.from(page.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  const type = (selector: string, value: string) => {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  it('starts from the current version, previews on the server and lists the history', async () => {
    await open();
    expect(page.querySelector('h1')?.textContent).toBe('House rules');
    expect(page.querySelector<HTMLTextAreaElement>('#doc-body')?.value).toBe('Be kind.');
    expect(page.querySelector('#doc-material-hint')?.textContent).toContain('Everyone will be asked to accept the house rules again');
    expect(page.querySelector('.doc-history')?.textContent).toContain('Version 1');
    expect(page.querySelector('.doc-history')?.textContent).toContain('by Ada Admin');

    type('#doc-body', '**Be kinder.**');
    button('Preview').click();
    const preview = http.expectOne({ method: 'POST', url: '/api/site-documents/preview' });
    expect(preview.request.body).toEqual({ body: '**Be kinder.**' });
    preview.flush({ html: '<p><strong>Be kinder.</strong></p>' });
    await settle(harness.fixture);

    expect(page.querySelector('.doc-preview')?.innerHTML).toBe('<p><strong>Be kinder.</strong></p>');
    expect(page.querySelector('[aria-live="polite"]')?.textContent).toBe('Preview updated.');
  });

  it('publishes a material change with its summary, then says everyone will be asked to accept', async () => {
    await open();
    type('#doc-body', 'Be kind. No personal data.');
    page.querySelector<HTMLInputElement>('#doc-material input')!.click();
    type('#doc-summary', 'New rule on personal data');
    button('Publish new version').click();
    await settle(harness.fixture);

    const publish = http.expectOne({ method: 'POST', url: '/api/site-documents/house_rules/versions' });
    expect(publish.request.body).toEqual({ body: 'Be kind. No personal data.', material: true, changeSummary: 'New rule on personal data' });
    publish.flush({ ...v1, version: 2, body: 'Be kind. No personal data.', changeSummary: 'New rule on personal data' });
    await settle(harness.fixture);
    http.expectOne('/api/site-documents/house_rules/versions').flush({ items: [{ ...v1, version: 2 }, v1] });
    await settle(harness.fixture);

    expect(page.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Version 2 of the house rules is published. Everyone will be asked to accept it before they post.',
    );
    expect(page.querySelector<HTMLInputElement>('#doc-material input')?.checked).toBe(false);
    expect(page.querySelectorAll('.doc-history li')).toHaveLength(2);
  });

  it('lists problems before sending, and shows the API field errors', async () => {
    await open();
    type('#doc-body', '');
    button('Publish new version').click();
    await settle(harness.fixture);
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Enter the text of the document');
    http.expectNone({ method: 'POST', url: '/api/site-documents/house_rules/versions' });

    type('#doc-body', 'Fine');
    button('Publish new version').click();
    await settle(harness.fixture);
    http
      .expectOne({ method: 'POST', url: '/api/site-documents/house_rules/versions' })
      .flush(
        { code: 'VALIDATION_FAILED', message: 'x', errors: [{ field: 'changeSummary', messages: ['changeSummary must be at most 500 characters'] }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(harness.fixture);
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain('Summary of changes must be at most 500 characters');
  });

  it('edits the moderation policy when asked, where nobody is asked to accept', async () => {
    await open('/admin/site-documents?kind=moderation_policy', [{ ...v1, kind: 'moderation_policy', body: 'Policy' }]);
    expect(page.querySelector('h1')?.textContent).toBe('Moderation policy');
    expect(page.querySelector('#doc-material-hint')?.textContent).toContain('nobody is asked to accept the moderation policy');
  });
});

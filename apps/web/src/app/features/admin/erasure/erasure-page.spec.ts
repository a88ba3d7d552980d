import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErasureCandidate, ErasurePreview } from '@moot/contracts';
import { settle } from '@moot/web-testing/settle';

import { ErasurePage } from './erasure-page';

const PERSON_ID = '5b0c2f1e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const jo: ErasureCandidate = { id: PERSON_ID, displayName: 'Jo Bloggs', email: 'jo.bloggs@northbridge.example', jobTitle: 'Planning officer', deactivated: true };
const preview: ErasurePreview = {
  person: { id: PERSON_ID, displayName: 'Jo Bloggs', email: 'jo.bloggs@northbridge.example', jobTitle: 'Planning officer' },
  erasedAt: null,
  posts: 12,
  replies: 30,
  files: 4,
  groups: 3,
};

describe(ErasurePage.name, () => {
  let fixture: ComponentFixture<ErasurePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ErasurePage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ErasurePage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(selector: string, value: string): void {
    const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(form: HTMLFormElement): Promise<void> {
    form.dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  async function findAndChoose(details: ErasurePreview = preview): Promise<void> {
    type('#erasure-search', 'Jo');
    await submit(page.querySelector('form')!);
    const search = http.expectOne((request) => request.url === '/api/admin/people/erasure-candidates');
    expect(search.request.params.get('q')).toBe('Jo');
    search.flush({ items: [jo] });
    await settle(fixture);
    expect(page.textContent).toContain('1 person matches "Jo"');
    expect(page.querySelector('li')?.textContent).toContain('Left');
    const choose = [...page.querySelectorAll('button')].find((button) => button.textContent?.includes('Choose'))!;
    choose.click();
    await settle(fixture);
    http.expectOne({ method: 'GET', url: `/api/admin/people/${PERSON_ID}/erasure` }).flush(details);
    await settle(fixture);
  }

  function eraseForm(): HTMLFormElement {
    return page.querySelector<HTMLFormElement>('form')!;
  }

  it('shows who will be erased and what each choice does', async () => {
    await findAndChoose();
    expect(page.querySelector('h2#erasure-person-title')?.textContent).toContain('Jo Bloggs');
    expect(page.textContent).toContain('jo.bloggs@northbridge.example');
    expect(page.querySelector('#erasure-content-remove-hint')?.textContent).toContain('Deletes their 12 posts');
    expect(page.querySelector('#erasure-content-keep-hint')?.textContent).toContain('stay, with no name or photo');
  });

  it('lists every problem, including a mismatched email, without calling the API', async () => {
    await findAndChoose();
    await submit(eraseForm());
    const summary = page.querySelector('.moot-error-summary')!;
    expect([...summary.querySelectorAll('li')].map((item) => item.textContent?.trim())).toEqual([
      'Choose what happens to their posts and replies',
      'Enter the reason, for example the reference of their erasure request',
      'Enter their email address to confirm',
    ]);
    type('#erasure-confirm-email', 'someone.else@northbridge.example');
    type('#erasure-reason', 'ER-42');
    page.querySelector<HTMLInputElement>('#erasure-content-remove input')!.click();
    await submit(eraseForm());
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain("The email address does not match this person's");
    http.expectNone({ method: 'POST' });
  });

  it('erases with the chosen option and reports what was removed', async () => {
    await findAndChoose();
    page.querySelector<HTMLInputElement>('#erasure-content-remove input')!.click();
    type('#erasure-reason', '  ER-42  ');
    type('#erasure-confirm-email', 'Jo.Bloggs@northbridge.example');
    await submit(eraseForm());
    const request = http.expectOne({ method: 'POST', url: `/api/admin/people/${PERSON_ID}/erasure` });
    expect(request.request.body).toEqual({ content: 'remove', reason: 'ER-42', confirmEmail: 'Jo.Bloggs@northbridge.example' });
    request.flush({ personId: PERSON_ID, content: 'remove', postsRemoved: 12, repliesRemoved: 31, filesRemoved: 1, erasedAt: '2026-11-23T10:00:00.000Z' });
    await settle(fixture);
    const result = page.querySelector('#erasure-result-title')!;
    expect(result.textContent).toContain("The person's data has been erased");
    expect(result.closest('[role="status"]')?.textContent).toContain('Removed 12 posts, 31 replies and 1 file.');
    expect(page.querySelector('#erasure-person-title')).toBeNull();
  });

  it('puts the server\u2019s field errors on the form', async () => {
    await findAndChoose();
    page.querySelector<HTMLInputElement>('#erasure-content-keep input')!.click();
    type('#erasure-reason', 'ER-42');
    type('#erasure-confirm-email', 'jo.bloggs@northbridge.example');
    await submit(eraseForm());
    http
      .expectOne({ method: 'POST', url: `/api/admin/people/${PERSON_ID}/erasure` })
      .flush(
        { statusCode: 400, code: 'DATA_RIGHTS_CONFIRM_EMAIL_MISMATCH', message: 'Some fields are not valid: confirmEmail.', errors: [{ field: 'confirmEmail', messages: ["must be this person's current email address"] }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(page.querySelector('.moot-error-summary')?.textContent).toContain("Email address must be this person's current email address");
  });

  it('says so when the person was already erased, and offers no form', async () => {
    await findAndChoose({ ...preview, erasedAt: '2026-10-01T09:00:00.000Z' });
    expect(page.textContent).toContain('already erased on 1 October 2026');
    expect(page.querySelector('#erasure-confirm-email')).toBeNull();
  });
});

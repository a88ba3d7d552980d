import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ANIMATION_MODULE_TYPE, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { settle } from '@moot/web-testing/settle';

import { ReportButton } from './report-button';
import { ReportDialog } from './report-dialog';

@Component({
  imports: [ReportButton],
  template: `<moot-report-button targetType="post" targetId="post-1" description="Liam Walsh’s post" />`,
})
class Host {}

describe(ReportDialog.name, () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        // Dialogs open and close at once in jsdom, which runs no CSS animations.
        { provide: ANIMATION_MODULE_TYPE, useValue: 'NoopAnimations' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const opener = () => fixture.nativeElement.querySelector('button') as HTMLButtonElement;
  const button = (name: string) =>
    Array.from(dialog()!.querySelectorAll('button')).find((candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name);
  const radio = (label: string) =>
    Array.from(dialog()!.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find((input) =>
      input.closest('mat-radio-button')?.textContent?.includes(label),
    )!;
  const details = () => dialog()!.querySelector<HTMLTextAreaElement>('#report-details')!;

  async function openDialog(): Promise<void> {
    opener().focus();
    opener().click();
    await settle(fixture);
  }

  async function submit(): Promise<void> {
    dialog()!.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
  }

  async function type(text: string): Promise<void> {
    details().value = text;
    details().dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  it('opens with a labelled reason group, focus on its heading, and says who will see the report', async () => {
    await openDialog();

    expect(document.activeElement?.textContent?.trim()).toBe('Report this post');
    expect(dialog()!.querySelector('legend')?.textContent?.trim()).toBe('Why are you reporting it?');
    expect(dialog()!.querySelectorAll('input[type="radio"]')).toHaveLength(7);
    expect(dialog()!.textContent).toContain('You are reporting Liam Walsh’s post. The moderators will see your name; the author will not.');
    expect(opener().textContent?.replace(/\s+/g, ' ').trim()).toBe('Report Liam Walsh’s post');
  });

  it('lists what is missing in an error summary and sends nothing', async () => {
    await openDialog();

    await submit();

    const summary = dialog()!.querySelector('.moot-error-summary')!;
    expect(summary.textContent).toContain('Choose why you are reporting this');
    expect(document.activeElement).toBe(summary);
    http.expectNone('/api/reports');
  });

  it('asks for details when the reason is “Something else”', async () => {
    await openDialog();
    radio('Something else').click();
    await settle(fixture);

    await submit();

    expect(dialog()!.querySelector('.moot-error-summary')?.textContent).toContain('Tell us what is wrong');
    http.expectNone('/api/reports');
  });

  it('sends the report and thanks the reporter in a live region, with focus on the result', async () => {
    await openDialog();
    radio('Bullying or harassment').click();
    await type('  Singles out a colleague by name.  ');

    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reports' });
    expect(request.request.body).toEqual({ targetType: 'post', targetId: 'post-1', reason: 'harassment', details: 'Singles out a colleague by name.' });
    request.flush({ caseId: 'case-1', merged: false }, { status: 201, statusText: 'Created' });
    await settle(fixture);

    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Thanks — moderators will look at this');
    expect(document.activeElement?.textContent?.trim()).toBe('Report sent');

    button('Close')!.click();
    await settle(fixture);
    expect(dialog()).toBeNull();
  });

  it('keeps the answers and says so when sending fails', async () => {
    await openDialog();
    radio('Spam or advertising').click();
    await settle(fixture);

    await submit();
    http.expectOne('/api/reports').flush(null, { status: 500, statusText: 'Server Error' });
    await settle(fixture);

    expect(dialog()!.querySelector('[role="alert"]')?.textContent).toContain('We couldn’t send your report.');
    expect(radio('Spam or advertising').checked).toBe(true);
  });

  it('puts the API’s field errors in the summary', async () => {
    await openDialog();
    radio('Something else').click();
    await type('x');

    await submit();
    http
      .expectOne('/api/reports')
      .flush(
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid', errors: [{ field: 'details', messages: ['details is too short'] }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);

    expect(dialog()!.querySelector('.moot-error-summary')?.textContent).toContain('Details is too short');
  });
});

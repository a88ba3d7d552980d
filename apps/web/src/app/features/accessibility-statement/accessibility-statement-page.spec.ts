import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AccessibilityStatementPage } from './accessibility-statement-page';

describe(AccessibilityStatementPage.name, () => {
  it('has every section of the GOV.UK model accessibility statement', async () => {
    TestBed.configureTestingModule({
      imports: [AccessibilityStatementPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(AccessibilityStatementPage);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Accessibility statement for Moot');
    expect(page.textContent).toContain('This website is run by');
    const sections = Array.from(page.querySelectorAll('h2, h3')).map((h) => h.textContent?.trim());
    expect(sections).toEqual([
      'How accessible this website is',
      'Feedback and contact information',
      'Enforcement procedure',
      "Technical information about this website's accessibility",
      'Compliance status',
      'Non-accessible content',
      "What we're doing to improve accessibility",
      'Preparation of this accessibility statement',
    ]);
    expect(page.textContent).toContain('Equality and Human Rights Commission (EHRC)');
    expect(page.textContent).toContain('Equality Advisory and Support Service (EASS)');
  });
});

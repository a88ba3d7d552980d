import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { HouseRulesPage } from './house-rules-page';

describe(HouseRulesPage.name, () => {
  it('publishes the rules and how moderation works', async () => {
    TestBed.configureTestingModule({
      imports: [HouseRulesPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(HouseRulesPage);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('House rules');
    expect(page.querySelectorAll('ol.moot-rules > li').length).toBeGreaterThanOrEqual(5);
    const sections = Array.from(page.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(sections).toEqual(['The rules', 'How conversations are looked after', 'If you see something wrong']);
  });
});

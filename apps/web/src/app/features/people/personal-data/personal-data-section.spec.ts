import { TestBed } from '@angular/core/testing';

import { PersonalDataSection } from './personal-data-section';

describe(PersonalDataSection.name, () => {
  it('offers both downloads as plain links under a heading', async () => {
    const fixture = TestBed.createComponent(PersonalDataSection);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('h2')?.textContent).toBe('Download your data');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')].map((link) => [link.textContent, link.getAttribute('href'), link.hasAttribute('download')]);
    expect(links).toEqual([
      ['Download as a web page', '/api/people/me/data?format=html', true],
      ['Download as data', '/api/people/me/data?format=json', true],
    ]);
    expect(element.textContent).toContain("Other people's posts are not included.");
  });
});

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { NotFoundPage } from './not-found-page';

describe(NotFoundPage.name, () => {
  it('says the page was not found and links home', async () => {
    TestBed.configureTestingModule({ imports: [NotFoundPage], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotFoundPage);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Page not found');
    const home = page.querySelector('a');
    expect(home?.textContent?.trim()).toBe('Go to the home page');
    expect(home?.getAttribute('href')).toBe('/');
  });
});

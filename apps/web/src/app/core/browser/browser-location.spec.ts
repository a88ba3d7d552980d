import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { BrowserLocation } from './browser-location';

describe(BrowserLocation.name, () => {
  it('navigates the whole page with location.assign', () => {
    const assign = jest.fn<void, [string]>();
    TestBed.configureTestingModule({
      providers: [{ provide: DOCUMENT, useValue: { location: { assign } } }],
    });

    TestBed.inject(BrowserLocation).assign('/api/auth/saml/anytown/login?returnTo=%2F');

    expect(assign).toHaveBeenCalledWith('/api/auth/saml/anytown/login?returnTo=%2F');
  });
});

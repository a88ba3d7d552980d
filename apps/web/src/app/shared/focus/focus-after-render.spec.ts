import { DOCUMENT, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { focusAfterRender } from './focus-after-render';

describe(focusAfterRender.name, () => {
  afterEach(() => TestBed.inject(DOCUMENT).body.replaceChildren());

  it('focuses the element with the id once the next render is done, not before', () => {
    const document = TestBed.inject(DOCUMENT);
    const focus = focusAfterRender(TestBed.inject(Injector));

    focus('added-later');
    const heading = document.createElement('h2');
    heading.id = 'added-later';
    heading.tabIndex = -1;
    document.body.append(heading);
    expect(document.activeElement).not.toBe(heading);

    TestBed.tick();
    expect(document.activeElement).toBe(heading);
  });

  it('does nothing when there is no such element', () => {
    const document = TestBed.inject(DOCUMENT);
    focusAfterRender(TestBed.inject(Injector))('missing');
    expect(() => TestBed.tick()).not.toThrow();
    expect(document.activeElement).toBe(document.body);
  });
});

import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';

import { CopyButton } from './copy-button';

describe(CopyButton.name, () => {
  it('copies the text and says so in a status region', async () => {
    const copy = jest.fn(() => true);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: { copy } }] });
    const fixture = TestBed.createComponent(CopyButton);
    fixture.componentRef.setInput('text', 'https://moot.anytown.gov.uk/api/auth/saml/anytown/acs');
    fixture.componentRef.setInput('label', 'ACS URL');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('button')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Copy ACS URL');
    element.querySelector('button')!.click();
    await fixture.whenStable();

    expect(copy).toHaveBeenCalledWith('https://moot.anytown.gov.uk/api/auth/saml/anytown/acs');
    expect(element.querySelector('[role="status"]')?.textContent).toBe('ACS URL copied');
  });
});

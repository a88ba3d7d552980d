import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionUser } from '@moot/contracts';
import { SessionService } from '@moot/web/core/auth/session.service';
import { settle } from '@moot/web-testing/settle';

import { ModerationLink } from './moderation-link';

@Component({ imports: [ModerationLink], template: `<ul><li mootModerationLink></li></ul>` })
class Host {}

describe(ModerationLink.name, () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  async function render(role: 'admin' | 'member', counts?: { open: number; escalated: number }): Promise<HTMLLIElement> {
    const me = signal({ id: 'u1', displayName: 'Priya Shah', role } as SessionUser);
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SessionService, useValue: { me } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    if (counts) {
      http
        .expectOne((candidate) => candidate.url === '/api/moderation/cases' && candidate.params.get('status') === 'open')
        .flush({ items: [], nextCursor: null, counts });
      await settle(fixture);
    }
    return fixture.nativeElement.querySelector('li');
  }

  afterEach(() => http.verify());

  it('shows group managers the link with the number of open cases', async () => {
    const item = await render('member', { open: 3, escalated: 0 });

    expect(item.hidden).toBe(false);
    expect(item.querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Moderation3 open cases');
  });

  it('hides the item when there is nothing to moderate', async () => {
    const item = await render('member', { open: 0, escalated: 0 });

    expect(item.hidden).toBe(true);
  });

  it('always shows site admins the link, without reading the queue (which audits admins’ reads)', async () => {
    const item = await render('admin');

    expect(item.hidden).toBe(false);
    http.expectNone('/api/moderation/cases');
  });
});

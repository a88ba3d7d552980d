import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SocketService } from '@moot/web/core/realtime/socket.service';
import { settle } from '@moot/web-testing/settle';

import { aGroup } from '../groups/testing/group-factories';
import { GroupDiscussion } from './group-discussion';
import { FakeLiveSocket } from './testing/discussion-factories';

describe(GroupDiscussion.name, () => {
  it('shows how many people are here now, for this group only', async () => {
    const live = new FakeLiveSocket();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SocketService, useValue: live }],
    });
    const http = TestBed.inject(HttpTestingController);
    const group = aGroup();
    const fixture = TestBed.createComponent(GroupDiscussion);
    fixture.componentRef.setInput('group', group);
    await settle(fixture);
    const presence = () => (fixture.nativeElement as HTMLElement).querySelector('.moot-presence')?.textContent?.trim() ?? null;
    expect(presence()).toBeNull();

    live.fire('presence', { groupId: 'another-group', userIds: ['a', 'b', 'c'] });
    await settle(fixture);
    expect(presence()).toBeNull();

    live.fire('presence', { groupId: group.id, userIds: ['a', 'b'] });
    await settle(fixture);
    expect(presence()).toBe('2 people here now');
    http.match(() => true).forEach((request) => request.flush({ items: [], nextCursor: null, headCursor: null }));
  });
});

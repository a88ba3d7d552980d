import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { GroupDetail } from '@moot/contracts';
import { SocketService } from '@moot/web/core/realtime/socket.service';

import { FeedSource } from './discussion-api';
import { plural } from './discussion-words';
import { Feed } from './feed';

/** The group page's Discussion tab: who is here now, the composer for members who may post, then the group's feed. */
@Component({
  selector: 'moot-group-discussion',
  imports: [Feed],
  template: `
    @if (group().can.seeContent) {
      @if (hereNow(); as here) {
        <p class="moot-hint moot-presence">{{ here }}</p>
      }
      <moot-feed [source]="source()" [group]="group()" [composer]="group().can.post && !group().archived" [emptyText]="emptyText()" />
    } @else {
      <p class="moot-prose">Only members can read this group’s posts.</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupDiscussion {
  private readonly presence = toSignal(inject(SocketService).on('presence'), { initialValue: null });

  readonly group = input.required<GroupDetail>();
  protected readonly source = computed<FeedSource>(() => ({ kind: 'group', id: this.group().id }));
  protected readonly emptyText = computed(() =>
    this.group().can.post ? 'No posts yet. Start the conversation: ask a question or share something useful.' : 'No posts yet.',
  );
  /** Presence is shown, not announced: it changes often and would be noise for screen readers. */
  protected readonly hereNow = computed(() => {
    const presence = this.presence();
    if (!presence || presence.groupId !== this.group().id || presence.userIds.length === 0) return null;
    return `${plural(presence.userIds.length, 'person', 'people')} here now`;
  });
}

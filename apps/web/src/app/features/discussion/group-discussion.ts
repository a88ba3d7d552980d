import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { GroupDetail } from '@moot/contracts';

import { FeedSource } from './discussion-api';
import { Feed } from './feed';

/** The group page's Discussion tab: the composer for members who may post, then the group's feed. */
@Component({
  selector: 'moot-group-discussion',
  imports: [Feed],
  template: `
    @if (group().can.seeContent) {
      <moot-feed [source]="source()" [group]="group()" [composer]="group().can.post && !group().archived" [emptyText]="emptyText()" />
    } @else {
      <p class="moot-prose">Only members can read this group’s posts.</p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupDiscussion {
  readonly group = input.required<GroupDetail>();
  protected readonly source = computed<FeedSource>(() => ({ kind: 'group', id: this.group().id }));
  protected readonly emptyText = computed(() =>
    this.group().can.post ? 'No posts yet. Start the conversation: ask a question or share something useful.' : 'No posts yet.',
  );
}

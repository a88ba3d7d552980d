import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { FeedSource } from './discussion-api';
import { Feed } from './feed';

/** Everything you may see that is tagged `#topic`. */
@Component({
  selector: 'moot-topic-page',
  imports: [RouterLink, Feed],
  template: `
    <p class="moot-back-link"><a routerLink="/">Home</a></p>
    <h1 class="moot-heading-xl">#{{ topic() }}</h1>
    <moot-feed [source]="source()" [emptyText]="'No posts you can see are tagged #' + topic() + ' yet.'" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TopicPage {
  /** Route parameter. */
  readonly topic = input.required<string>();
  protected readonly source = computed<FeedSource>(() => ({ kind: 'topic', topic: this.topic() }));
}

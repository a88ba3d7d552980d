import { Global, Module } from '@nestjs/common';
import { DiscussionEvents } from './discussion-events';

@Global()
@Module({ providers: [DiscussionEvents], exports: [DiscussionEvents] })
export class DiscussionEventsModule {}

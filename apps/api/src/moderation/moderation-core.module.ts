import { Module } from '@nestjs/common';
import { ModerationHoldsService } from './moderation-holds.service';
import { ModerationNoticesRepository } from './moderation-notices.repository';

/**
 * The part of moderation the discussion module consults (holds on new content, notices on
 * views), kept apart from the queue so that neither module imports the other in a cycle.
 */
@Module({
  providers: [ModerationHoldsService, ModerationNoticesRepository],
  exports: [ModerationHoldsService, ModerationNoticesRepository],
})
export class ModerationCoreModule {}

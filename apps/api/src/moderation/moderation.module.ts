import { Module } from '@nestjs/common';
import { ElectionPeriodsController } from './election-periods.controller';
import { ElectionPeriodsService } from './election-periods.service';
import { ModerationCasesRepository } from './moderation-cases.repository';
import { PostsModule } from '../posts/posts.module';
import { ModerationCoreModule } from './moderation-core.module';
import { ModerationTargetsRepository } from './moderation-targets.repository';
import { ModerationViewsService } from './moderation-views.service';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { ReportsService } from './reports.service';
import { WatchListController } from './watch-list.controller';
import { WatchListService } from './watch-list.service';

/** Issue #8: reporting, the moderation queue, the keyword watch-list and election periods. */
@Module({
  // PostsModule for PostBodyService: a reply let out of a hold is told with whom it mentions.
  imports: [ModerationCoreModule, PostsModule],
  controllers: [ModerationController, WatchListController, ElectionPeriodsController],
  providers: [ModerationCasesRepository, ModerationTargetsRepository, ModerationViewsService, ModerationService, ReportsService, WatchListService, ElectionPeriodsService],
})
export class ModerationModule {}

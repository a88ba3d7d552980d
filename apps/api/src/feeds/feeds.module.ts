import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { FeedRepository } from './feed.repository';
import { FeedsController } from './feeds.controller';
import { FeedsService } from './feeds.service';

/** Home, group, person and topic feeds (issue #6). */
@Module({
  imports: [PostsModule],
  controllers: [FeedsController],
  providers: [FeedRepository, FeedsService],
})
export class FeedsModule {}

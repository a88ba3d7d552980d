import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ModerationCoreModule } from '../moderation/moderation-core.module';
import { MarkdownService } from '../common/markdown/markdown.service';
import { MentionRepository } from './mention.repository';
import { PollsService } from './polls.service';
import { PostAccessService } from './post-access.service';
import { PostActivityRepository } from './post-activity.repository';
import { PostBodyService } from './post-body.service';
import { PostModerationController } from './post-moderation.controller';
import { PostModerationService } from './post-moderation.service';
import { PostViewsRepository } from './post-views.repository';
import { PostViewsService } from './post-views.service';
import { PostWriteRepository } from './post-write.repository';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';
import { ReactionsController } from './reactions.controller';
import { ReactionsService } from './reactions.service';
import { RepliesController } from './replies.controller';
import { RepliesService } from './replies.service';
import { ReplyRepository } from './reply.repository';

/** Discussion (issue #6): posts, replies, reactions, polls, "seen by" and light moderation. */
@Module({
  imports: [AttachmentsModule, ModerationCoreModule],
  controllers: [PostsController, RepliesController, ReactionsController, PostModerationController],
  providers: [
    MarkdownService,
    MentionRepository,
    PostViewsRepository,
    PostWriteRepository,
    PostActivityRepository,
    ReplyRepository,
    PostViewsService,
    PostAccessService,
    PostBodyService,
    PostsService,
    RepliesService,
    ReactionsService,
    PollsService,
    PostModerationService,
  ],
  exports: [PostViewsService, PostAccessService, PostBodyService],
})
export class PostsModule {}

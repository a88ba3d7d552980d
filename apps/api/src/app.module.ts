import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { AuditModule } from './audit/audit.module';
import { AuthorizationModule } from './authorization/authorization.module';
import { StorageModule } from './storage/storage.module';
import { DiscussionEventsModule } from './posts/discussion-events.module';
import { AuthMiddleware } from './auth/auth.middleware';
import { AuthModule } from './auth/auth.module';
import { LoginLinksModule } from './auth/login-links/login-links.module';
import { RealtimeModule } from './realtime/realtime.module';
import { DevIdpModule } from './dev-idp/dev-idp.module';
import { IdentityProvidersModule } from './identity-providers/identity-providers.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { BodyParserMiddleware } from './common/json-body.middleware';
import { DatabaseModule } from './database/database.module';
import { DirectoryModule } from './directory/directory.module';
import { FollowsModule } from './follows/follows.module';
import { GroupsModule } from './groups/groups.module';
import { HealthModule } from './health/health.module';
import { IdentityProviderAdminModule } from './identity-providers/identity-provider-admin.module';
import { LoggingModule } from './logging/logging.module';
import { PeopleModule } from './people/people.module';
import { PostsModule } from './posts/posts.module';
import { ScimModule } from './scim/scim.module';
import { SeedModule } from './seed/seed.module';
import { SiteModule } from './site/site.module';
import { SkillsModule } from './skills/skills.module';
import { WebAppModule } from './web/web-app.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { FeedsModule } from './feeds/feeds.module';
import { SearchModule } from './search/search.module';
import { CouncilExportModule } from './council-export/council-export.module';
import { DataRightsModule } from './data-rights/data-rights.module';
import { NotificationsModule } from './notifications/notifications.module';
import { JobsModule } from './jobs/jobs.module';
import { EmailModule } from './email/email.module';
import { SiteDocumentsModule } from './site-documents/site-documents.module';
import { ModerationModule } from './moderation/moderation.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        AuditModule,
        AuthorizationModule,
        StorageModule,
        DiscussionEventsModule,
        AuthModule,
        LoginLinksModule,
        IdentityProviderAdminModule,
        RealtimeModule,
        HealthModule,
        SiteModule,
        SeedModule,
        ScimModule,
        IdentityProvidersModule,
        // The development IdP signs anyone in without a password: never part of a production app.
        ...(config.isProduction ? [] : [DevIdpModule]),
        // Before PeopleModule: /people/suggestions, /people/me/* must win over /people/:id.
        SkillsModule,
        DirectoryModule,
        PeopleModule,
        FollowsModule,
        GroupsModule,
        RateLimitModule,
        AttachmentsModule,
        PostsModule,
        FeedsModule,
        NotificationsModule,
        JobsModule,
        EmailModule,
        SearchModule,
        CouncilExportModule,
        DataRightsModule,
        SiteDocumentsModule,
        ModerationModule,
        WebAppModule.forRoot(config),
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BodyParserMiddleware, cookieParser(), AuthMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}

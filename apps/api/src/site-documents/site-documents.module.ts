import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { HouseRulesGuard } from './house-rules.guard';
import { SiteDocumentsCoreModule } from './site-documents-core.module';
import { SiteDocumentsController } from './site-documents.controller';

/** The site-documents routes and the global guard that enforces accepting the house rules. */
@Module({
  imports: [SiteDocumentsCoreModule],
  controllers: [SiteDocumentsController],
  providers: [{ provide: APP_GUARD, useClass: HouseRulesGuard }],
})
export class SiteDocumentsModule {}

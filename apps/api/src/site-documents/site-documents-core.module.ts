import { Module } from '@nestjs/common';
import { MarkdownService } from '../common/markdown/markdown.service';
import { SiteDocumentRepository } from './site-document.repository';
import { SiteDocumentsService } from './site-documents.service';

/**
 * The service alone, without routes or the global guard: AuthModule imports it so
 * `GET /api/auth/me` can say whether the person must accept the house rules (and so
 * contexts that build AuthModule without the HTTP app, like the CLI, still resolve).
 */
@Module({
  providers: [SiteDocumentRepository, SiteDocumentsService, MarkdownService],
  exports: [SiteDocumentsService],
})
export class SiteDocumentsCoreModule {}

import { Module } from '@nestjs/common';
import { MarkdownService } from '../common/markdown/markdown.service';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** Search over everything the viewer may see (issue #7). */
@Module({
  controllers: [SearchController],
  providers: [SearchService, SearchRepository, MarkdownService],
})
export class SearchModule {}

import { Module } from '@nestjs/common';
import { DirectoryMatchesRepository } from './directory-matches.repository';
import { DirectoryController } from './directory.controller';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';

/** The people directory, department browse, suggestions and mentoring matches. */
@Module({
  controllers: [DirectoryController],
  providers: [DirectoryService, DirectoryRepository, DirectoryMatchesRepository],
})
export class DirectoryModule {}

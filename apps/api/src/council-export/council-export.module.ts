import { Module } from '@nestjs/common';
import { CouncilArchiveModule } from './council-archive.module';
import { CouncilExportController } from './council-export.controller';
import { CouncilExportRepository } from './council-export.repository';
import { CouncilExportService } from './council-export.service';
import { CouncilExportWorker } from './council-export.worker';

/** Site admins' whole-council export (issue #8, "export-first"): background job, progress, download. */
@Module({
  imports: [CouncilArchiveModule],
  controllers: [CouncilExportController],
  providers: [CouncilExportRepository, CouncilExportService, CouncilExportWorker],
})
export class CouncilExportModule {}

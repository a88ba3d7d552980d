import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module';
import { CouncilArchiveExporter } from './council-archive.exporter';
import { CouncilImportService } from './council-import.service';

/** Writing and restoring whole-council archives: shared by the API's background job and the CLI. */
@Module({ imports: [StorageModule], providers: [CouncilArchiveExporter, CouncilImportService], exports: [CouncilArchiveExporter, CouncilImportService] })
export class CouncilArchiveModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ContentRemovalRepository } from './content-removal.repository';
import { ErasureController } from './erasure/erasure.controller';
import { ErasureRepository } from './erasure/erasure.repository';
import { ErasureService } from './erasure/erasure.service';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { PersonalDataRepository } from './personal-data/personal-data.repository';
import { PersonalDataService } from './personal-data/personal-data.service';
import { RetentionJobService } from './retention/retention-job.service';
import { RetentionController } from './retention/retention.controller';
import { RetentionRepository } from './retention/retention.repository';
import { RetentionService } from './retention/retention.service';

/** Data rights (issue #8): personal downloads, erasure and retention. Needs JobsModule (global). */
@Module({
  imports: [AuthModule],
  controllers: [PersonalDataController, ErasureController, RetentionController],
  providers: [
    ContentRemovalRepository,
    PersonalDataRepository,
    PersonalDataService,
    ErasureRepository,
    ErasureService,
    RetentionRepository,
    RetentionService,
    RetentionJobService,
  ],
})
export class DataRightsModule {}

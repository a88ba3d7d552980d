import { Module } from '@nestjs/common';
import { EndorsementsController } from './endorsements.controller';
import { EndorsementsRepository } from './endorsements.repository';
import { EndorsementsService } from './endorsements.service';
import { MySkillsController } from './my-skills.controller';
import { SkillsController } from './skills.controller';
import { SkillsRepository } from './skills.repository';
import { SkillsService } from './skills.service';

/** The skills exchange: shared vocabulary, your skills and learning goals, endorsements. */
@Module({
  controllers: [SkillsController, MySkillsController, EndorsementsController],
  providers: [SkillsService, SkillsRepository, EndorsementsService, EndorsementsRepository],
  exports: [SkillsService],
})
export class SkillsModule {}

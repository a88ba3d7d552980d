import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity';
import { FollowEntity } from './follow.entity';
import { FollowRepository } from './follow.repository';
import { FollowsController } from './follows.controller';
import { FollowsService } from './follows.service';

@Module({
  imports: [TypeOrmModule.forFeature([FollowEntity, UserEntity])],
  controllers: [FollowsController],
  providers: [FollowRepository, FollowsService],
  exports: [FollowsService],
})
export class FollowsModule {}

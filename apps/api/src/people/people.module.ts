import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownService } from '../common/markdown/markdown.service';
import { DepartmentEntity } from '../departments/department.entity';
import { FollowsModule } from '../follows/follows.module';
import { UserEntity } from '../users/user.entity';
import { AvatarController } from './avatar.controller';
import { AvatarService } from './avatar.service';
import { ProfileController } from './profile.controller';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';

/** Profiles and avatars (routes under /api/people). The directory and skills live in their own modules. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, DepartmentEntity]), FollowsModule],
  controllers: [ProfileController, AvatarController],
  providers: [ProfileRepository, ProfileService, AvatarService, MarkdownService],
})
export class PeopleModule {}

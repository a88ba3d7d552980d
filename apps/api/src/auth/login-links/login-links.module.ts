import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../users/users.module';
import { AuthModule } from '../auth.module';
import { LoginLinkController } from './login-link.controller';
import { LoginLinkEntity } from './login-link.entity';
import { LoginLinkRepository } from './login-link.repository';
import { LoginLinkService } from './login-link.service';

/** Break-glass sign-in links for admins (issued by the CLI). */
@Module({
  imports: [TypeOrmModule.forFeature([LoginLinkEntity]), UsersModule, AuthModule],
  controllers: [LoginLinkController],
  providers: [LoginLinkRepository, LoginLinkService],
  exports: [LoginLinkService],
})
export class LoginLinksModule {}

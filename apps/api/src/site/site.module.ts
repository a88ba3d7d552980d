import { Module } from '@nestjs/common';
import { IdentityProvidersModule } from '../identity-providers/identity-providers.module';
import { SiteController } from './site.controller';
import { SiteService } from './site.service';

@Module({ imports: [IdentityProvidersModule], controllers: [SiteController], providers: [SiteService], exports: [SiteService] })
export class SiteModule {}

import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditAdminController } from './audit-admin.controller';
import { AuditEventEntity } from './audit-event.entity';
import { AuditQueryRepository } from './audit-query.repository';
import { AuditQueryService } from './audit-query.service';
import { AuditService } from './audit.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  controllers: [AuditAdminController],
  providers: [AuditService, AuditQueryService, AuditQueryRepository],
  exports: [AuditService],
})
export class AuditModule {}

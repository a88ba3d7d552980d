import { Module } from '@nestjs/common';
import { AttachmentMaintenanceService } from './attachment-maintenance.service';
import { AttachmentRepository } from './attachment.repository';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';

/** Files attached to posts and replies (issue #6). The posts module uses {@link AttachmentsService}. */
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentRepository, AttachmentsService, AttachmentMaintenanceService],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}

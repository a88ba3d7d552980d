import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ATTACHMENT_MAX_BYTES } from '@moot/contracts';
import type { Observable } from 'rxjs';
import { AttachmentException } from './attachment.exception';

// One byte over the limit, so "too large" is told apart from "exactly the limit".
const MulterAttachment = FileInterceptor('file', { limits: { fileSize: ATTACHMENT_MAX_BYTES + 1, files: 1, fields: 5, fieldSize: 4096 } });

/** Reads the multipart field `file` (and `altText`) into memory, with multer's errors as our own 4xx. */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterAttachment();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw AttachmentException.tooLarge();
      if (error instanceof BadRequestException) throw AttachmentException.unusable(`the upload was not understood (${error.message}); send one file as the form field "file"`);
      throw error;
    }
  }
}

import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AVATAR_MAX_BYTES } from '@moot/contracts';
import type { Observable } from 'rxjs';
import { PeopleException } from './people.exception';

// One byte over the limit, so "too large" is told apart from "exactly the limit".
const MulterAvatar = FileInterceptor('file', { limits: { fileSize: AVATAR_MAX_BYTES + 1, files: 1 } });

/** Reads the multipart field `file` into memory, with multer's errors turned into our own clear 4xx. */
@Injectable()
export class AvatarUploadInterceptor implements NestInterceptor {
  private readonly multer = new MulterAvatar();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw PeopleException.avatarTooLarge();
      if (error instanceof BadRequestException) throw PeopleException.avatarUnusable(`the upload was not understood (${error.message}); send one image as the form field "file"`);
      throw error;
    }
  }
}

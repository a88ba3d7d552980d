import { HttpStatus } from '@nestjs/common';
import { ATTACHMENT_MAX_BYTES } from '@moot/contracts';
import { ApiException, fieldError } from '../common/api-exception';

export enum AttachmentErrorCode {
  NotFound = 'ATTACHMENT_NOT_FOUND',
  Missing = 'ATTACHMENT_MISSING',
  TooLarge = 'ATTACHMENT_TOO_LARGE',
  UnsupportedType = 'ATTACHMENT_UNSUPPORTED_TYPE',
  Unusable = 'ATTACHMENT_UNUSABLE',
  AltTextInvalid = 'ATTACHMENT_ALT_TEXT_INVALID',
  NotClaimable = 'ATTACHMENT_NOT_CLAIMABLE',
}

const MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);
const ACCEPTED = 'a PNG, JPEG, WebP or GIF image, a PDF, a Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), or plain text or CSV';

/** Errors of uploads and file downloads. A file you may not see is a 404 like a missing one. */
export class AttachmentException extends ApiException {
  static notFound(): AttachmentException {
    return AttachmentException.notFoundError(AttachmentErrorCode.NotFound, 'There is no such file.');
  }

  static missing(): AttachmentException {
    return AttachmentException.badRequestError(AttachmentErrorCode.Missing, 'Choose a file to upload, sent as the form field "file".', fieldError('file', 'is required'));
  }

  static tooLarge(): AttachmentException {
    return new AttachmentException(
      AttachmentErrorCode.TooLarge,
      `The file is larger than ${MAX_MB} MB. Choose a smaller one.`,
      HttpStatus.PAYLOAD_TOO_LARGE,
      fieldError('file', `must be at most ${MAX_MB} MB`),
    );
  }

  static unsupportedType(what: string): AttachmentException {
    return new AttachmentException(
      AttachmentErrorCode.UnsupportedType,
      `This file cannot be attached: it is ${what}. Attach ${ACCEPTED}.`,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      fieldError('file', `must be ${ACCEPTED}`),
    );
  }

  static unusable(reason: string): AttachmentException {
    return AttachmentException.badRequestError(AttachmentErrorCode.Unusable, `This file cannot be used: ${reason}.`, fieldError('file', reason));
  }

  static altText(message: string): AttachmentException {
    return AttachmentException.invalidFieldsError(AttachmentErrorCode.AltTextInvalid, fieldError('altText', message));
  }

  static notClaimable(): AttachmentException {
    return AttachmentException.badRequestError(
      AttachmentErrorCode.NotClaimable,
      'Some attachments cannot be used: each must be a file you uploaded that is not yet part of a post or reply.',
      fieldError('attachmentIds', 'must be your own unused uploads'),
    );
  }
}

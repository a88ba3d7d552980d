import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { ApiException } from '../common/api-exception';

export enum PostErrorCode {
  NotFound = 'POST_NOT_FOUND',
  ReplyNotFound = 'REPLY_NOT_FOUND',
  Forbidden = 'POST_FORBIDDEN',
  InvalidInput = 'POST_INVALID_INPUT',
  InvalidCursor = 'INVALID_CURSOR',
  Archived = 'POST_GROUP_ARCHIVED',
  Deleted = 'POST_DELETED',
  PollClosed = 'POLL_CLOSED',
}

/** Errors of the discussion feature. A hidden post and a missing one give the very same 404. */
export class PostException extends ApiException {
  static notFound(): PostException {
    return new PostException(PostErrorCode.NotFound, 'There is no such post.', HttpStatus.NOT_FOUND);
  }

  static replyNotFound(): PostException {
    return new PostException(PostErrorCode.ReplyNotFound, 'There is no such reply.', HttpStatus.NOT_FOUND);
  }

  static forbidden(what: string): PostException {
    return new PostException(PostErrorCode.Forbidden, `You cannot ${what}.`, HttpStatus.FORBIDDEN);
  }

  static invalid(field: string, message: string): PostException {
    return PostException.invalidFields([{ field, messages: [message] }]);
  }

  static invalidFields(errors: FieldError[]): PostException {
    const summary = errors.map((error) => `${error.field} ${error.messages.join(' ')}`).join('; ');
    return new PostException(PostErrorCode.InvalidInput, `Some fields are not valid: ${summary}.`, HttpStatus.BAD_REQUEST, errors);
  }

  static invalidCursor(): PostException {
    return new PostException(PostErrorCode.InvalidCursor, 'The cursor is not valid: start again from the first page.', HttpStatus.BAD_REQUEST, [
      { field: 'cursor', messages: ['is not a cursor this server issued'] },
    ]);
  }

  static archived(): PostException {
    return new PostException(PostErrorCode.Archived, 'This group is archived and read-only.', HttpStatus.CONFLICT);
  }

  static deleted(): PostException {
    return new PostException(PostErrorCode.Deleted, 'This post was deleted: it can no longer be replied to or changed.', HttpStatus.CONFLICT);
  }

  static pollClosed(): PostException {
    return new PostException(PostErrorCode.PollClosed, 'This poll has closed: votes can no longer change.', HttpStatus.CONFLICT);
  }
}

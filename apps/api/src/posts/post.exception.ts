import type { FieldError } from '@moot/contracts';
import { ApiException, fieldError } from '../common/api-exception';

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
    return PostException.notFoundError(PostErrorCode.NotFound, 'There is no such post.');
  }

  static replyNotFound(): PostException {
    return PostException.notFoundError(PostErrorCode.ReplyNotFound, 'There is no such reply.');
  }

  static forbidden(what: string): PostException {
    return PostException.forbiddenError(PostErrorCode.Forbidden, `You cannot ${what}.`);
  }

  static invalid(field: string, message: string): PostException {
    return PostException.invalidFields(fieldError(field, message));
  }

  static invalidFields(errors: FieldError[]): PostException {
    return PostException.invalidFieldsError(PostErrorCode.InvalidInput, errors);
  }

  static invalidCursor(): PostException {
    return PostException.invalidCursorError(PostErrorCode.InvalidCursor);
  }

  static archived(): PostException {
    return PostException.conflictError(PostErrorCode.Archived, 'This group is archived and read-only.');
  }

  static deleted(): PostException {
    return PostException.conflictError(PostErrorCode.Deleted, 'This post was deleted: it can no longer be replied to or changed.');
  }

  static pollClosed(): PostException {
    return PostException.conflictError(PostErrorCode.PollClosed, 'This poll has closed: votes can no longer change.');
  }
}

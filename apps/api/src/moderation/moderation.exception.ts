import { ApiException, fieldError } from '../common/api-exception';

export enum ModerationErrorCode {
  TargetNotFound = 'REPORT_TARGET_NOT_FOUND',
  CaseNotFound = 'MODERATION_CASE_NOT_FOUND',
  Forbidden = 'MODERATION_FORBIDDEN',
  ActionNotAllowed = 'MODERATION_ACTION_NOT_ALLOWED',
  ReviewNotAllowed = 'MODERATION_REVIEW_NOT_ALLOWED',
  InvalidInput = 'MODERATION_INVALID_INPUT',
  InvalidCursor = 'INVALID_CURSOR',
  WatchWordExists = 'WATCH_WORD_EXISTS',
  WatchWordNotFound = 'WATCH_WORD_NOT_FOUND',
  ElectionPeriodNotFound = 'ELECTION_PERIOD_NOT_FOUND',
  GroupNotFound = 'GROUP_NOT_FOUND',
}

/** Errors of reporting and moderation. Whatever the viewer may not see answers the same 404 as a missing thing. */
export class ModerationException extends ApiException {
  static targetNotFound(): ModerationException {
    return ModerationException.notFoundError(ModerationErrorCode.TargetNotFound, 'There is no such post, reply, file or profile.');
  }

  static caseNotFound(): ModerationException {
    return ModerationException.notFoundError(ModerationErrorCode.CaseNotFound, 'There is no such moderation case.');
  }

  static forbidden(what: string): ModerationException {
    return ModerationException.forbiddenError(ModerationErrorCode.Forbidden, `You cannot ${what}.`);
  }

  static actionNotAllowed(action: string, allowed: string[]): ModerationException {
    const options = allowed.length > 0 ? `: you may ${allowed.join(', ')}` : '';
    return ModerationException.conflictError(ModerationErrorCode.ActionNotAllowed, `“${action}” is not possible for this case now${options}.`);
  }

  static reviewNotAllowed(): ModerationException {
    return ModerationException.conflictError(
      ModerationErrorCode.ReviewNotAllowed,
      'A review can be asked for once per decision, within 14 days, and only for a hide, removal or warning.',
    );
  }

  static invalid(field: string, message: string): ModerationException {
    return ModerationException.invalidFieldsError(ModerationErrorCode.InvalidInput, fieldError(field, message));
  }

  static invalidCursor(): ModerationException {
    return ModerationException.invalidCursorError(ModerationErrorCode.InvalidCursor);
  }

  static watchWordExists(): ModerationException {
    return ModerationException.conflictError(ModerationErrorCode.WatchWordExists, 'That phrase is already on the watch-list.', fieldError('phrase', 'is already on the watch-list'));
  }

  static watchWordNotFound(): ModerationException {
    return ModerationException.notFoundError(ModerationErrorCode.WatchWordNotFound, 'There is no such watch-list phrase.');
  }

  static periodNotFound(): ModerationException {
    return ModerationException.notFoundError(ModerationErrorCode.ElectionPeriodNotFound, 'There is no such election period.');
  }

  static groupNotFound(): ModerationException {
    return ModerationException.notFoundError(ModerationErrorCode.GroupNotFound, 'There is no such group.');
  }
}

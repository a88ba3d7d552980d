import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { ApiException } from '../common/api-exception';

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
    return new ModerationException(ModerationErrorCode.TargetNotFound, 'There is no such post, reply, file or profile.', HttpStatus.NOT_FOUND);
  }

  static caseNotFound(): ModerationException {
    return new ModerationException(ModerationErrorCode.CaseNotFound, 'There is no such moderation case.', HttpStatus.NOT_FOUND);
  }

  static forbidden(what: string): ModerationException {
    return new ModerationException(ModerationErrorCode.Forbidden, `You cannot ${what}.`, HttpStatus.FORBIDDEN);
  }

  static actionNotAllowed(action: string, allowed: string[]): ModerationException {
    const options = allowed.length > 0 ? `: you may ${allowed.join(', ')}` : '';
    return new ModerationException(ModerationErrorCode.ActionNotAllowed, `“${action}” is not possible for this case now${options}.`, HttpStatus.CONFLICT);
  }

  static reviewNotAllowed(): ModerationException {
    return new ModerationException(
      ModerationErrorCode.ReviewNotAllowed,
      'A review can be asked for once per decision, within 14 days, and only for a hide, removal or warning.',
      HttpStatus.CONFLICT,
    );
  }

  static invalid(field: string, message: string): ModerationException {
    const errors: FieldError[] = [{ field, messages: [message] }];
    return new ModerationException(ModerationErrorCode.InvalidInput, `Some fields are not valid: ${field} ${message}.`, HttpStatus.BAD_REQUEST, errors);
  }

  static invalidCursor(): ModerationException {
    return new ModerationException(ModerationErrorCode.InvalidCursor, 'The cursor is not valid: start again from the first page.', HttpStatus.BAD_REQUEST, [
      { field: 'cursor', messages: ['is not a cursor this server issued'] },
    ]);
  }

  static watchWordExists(): ModerationException {
    return new ModerationException(ModerationErrorCode.WatchWordExists, 'That phrase is already on the watch-list.', HttpStatus.CONFLICT, [
      { field: 'phrase', messages: ['is already on the watch-list'] },
    ]);
  }

  static watchWordNotFound(): ModerationException {
    return new ModerationException(ModerationErrorCode.WatchWordNotFound, 'There is no such watch-list phrase.', HttpStatus.NOT_FOUND);
  }

  static periodNotFound(): ModerationException {
    return new ModerationException(ModerationErrorCode.ElectionPeriodNotFound, 'There is no such election period.', HttpStatus.NOT_FOUND);
  }

  static groupNotFound(): ModerationException {
    return new ModerationException(ModerationErrorCode.GroupNotFound, 'There is no such group.', HttpStatus.NOT_FOUND);
  }
}

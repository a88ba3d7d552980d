import { ApiException, fieldError } from '../common/api-exception';

export enum NotificationErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
  GroupNotFound = 'NOTIFICATION_GROUP_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

/** Errors of the notifications feature. Someone else's notification is simply not found. */
export class NotificationException extends ApiException {
  static notFound(): NotificationException {
    return NotificationException.notFoundError(NotificationErrorCode.NotFound, 'There is no such notification.');
  }

  static groupNotFound(groupId: string): NotificationException {
    return NotificationException.notFoundError(
      NotificationErrorCode.GroupNotFound,
      'You can only choose notifications for groups you belong to.',
      fieldError('groups', `${groupId} is not a group you belong to`),
    );
  }

  static invalidCursor(): NotificationException {
    return NotificationException.invalidCursorError(NotificationErrorCode.InvalidCursor);
  }
}

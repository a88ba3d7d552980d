import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';

export enum NotificationErrorCode {
  NotFound = 'NOTIFICATION_NOT_FOUND',
  GroupNotFound = 'NOTIFICATION_GROUP_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

/** Errors of the notifications feature. Someone else's notification is simply not found. */
export class NotificationException extends ApiException {
  static notFound(): NotificationException {
    return new NotificationException(NotificationErrorCode.NotFound, 'There is no such notification.', HttpStatus.NOT_FOUND);
  }

  static groupNotFound(groupId: string): NotificationException {
    return new NotificationException(NotificationErrorCode.GroupNotFound, 'You can only choose notifications for groups you belong to.', HttpStatus.NOT_FOUND, [
      { field: 'groups', messages: [`${groupId} is not a group you belong to`] },
    ]);
  }

  static invalidCursor(): NotificationException {
    return new NotificationException(NotificationErrorCode.InvalidCursor, 'The cursor is not valid: start again from the first page.', HttpStatus.BAD_REQUEST, [
      { field: 'cursor', messages: ['is not a cursor this server issued'] },
    ]);
  }
}

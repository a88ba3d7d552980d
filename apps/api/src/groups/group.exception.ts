import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { ApiException } from '../common/api-exception';

export enum GroupErrorCode {
  NotFound = 'GROUP_NOT_FOUND',
  Forbidden = 'GROUP_FORBIDDEN',
  InvalidInput = 'GROUP_INVALID_INPUT',
  SlugTaken = 'GROUP_SLUG_TAKEN',
  Archived = 'GROUP_ARCHIVED',
  LastOwner = 'GROUP_LAST_OWNER',
  NotAMember = 'GROUP_NOT_A_MEMBER',
  MemberNotFound = 'GROUP_MEMBER_NOT_FOUND',
  RequestNotFound = 'GROUP_REQUEST_NOT_FOUND',
  CreationNotAllowed = 'GROUP_CREATION_NOT_ALLOWED',
}

/** Errors of the groups feature. A hidden group and a missing one give the very same 404. */
export class GroupException extends ApiException {
  static notFound(): GroupException {
    return new GroupException(GroupErrorCode.NotFound, 'There is no such group.', HttpStatus.NOT_FOUND);
  }

  static forbidden(what: string): GroupException {
    return new GroupException(GroupErrorCode.Forbidden, `You cannot ${what} in this group.`, HttpStatus.FORBIDDEN);
  }

  static invalid(field: string, message: string): GroupException {
    return GroupException.invalidFields([{ field, messages: [message] }]);
  }

  static invalidFields(errors: FieldError[]): GroupException {
    const summary = errors.map((error) => `${error.field} ${error.messages.join(' ')}`).join('; ');
    return new GroupException(GroupErrorCode.InvalidInput, `Some fields are not valid: ${summary}.`, HttpStatus.BAD_REQUEST, errors);
  }

  static slugTaken(slug: string): GroupException {
    return new GroupException(GroupErrorCode.SlugTaken, `Another group already uses the address "${slug}".`, HttpStatus.CONFLICT, [
      { field: 'slug', messages: ['is already used by another group'] },
    ]);
  }

  static archived(): GroupException {
    return new GroupException(GroupErrorCode.Archived, 'This group is archived and read-only; unarchive it first.', HttpStatus.CONFLICT);
  }

  static lastOwner(): GroupException {
    return new GroupException(
      GroupErrorCode.LastOwner,
      'A group needs at least one owner: transfer ownership to someone else first.',
      HttpStatus.CONFLICT,
    );
  }

  static notAMember(): GroupException {
    return new GroupException(GroupErrorCode.NotAMember, 'You are not a member of this group.', HttpStatus.CONFLICT);
  }

  static memberNotFound(): GroupException {
    return new GroupException(GroupErrorCode.MemberNotFound, 'That person is not a member of this group.', HttpStatus.NOT_FOUND);
  }

  static requestNotFound(): GroupException {
    return new GroupException(GroupErrorCode.RequestNotFound, 'That person has no pending request to join this group.', HttpStatus.NOT_FOUND);
  }

  static creationNotAllowed(): GroupException {
    return new GroupException(
      GroupErrorCode.CreationNotAllowed,
      'Only the people your admins have listed may create groups here.',
      HttpStatus.FORBIDDEN,
    );
  }
}

import type { FieldError } from '@moot/contracts';
import { ApiException, fieldError } from '../common/api-exception';

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
    return GroupException.notFoundError(GroupErrorCode.NotFound, 'There is no such group.');
  }

  static forbidden(what: string): GroupException {
    return GroupException.forbiddenError(GroupErrorCode.Forbidden, `You cannot ${what} in this group.`);
  }

  static invalid(field: string, message: string): GroupException {
    return GroupException.invalidFields(fieldError(field, message));
  }

  static invalidFields(errors: FieldError[]): GroupException {
    return GroupException.invalidFieldsError(GroupErrorCode.InvalidInput, errors);
  }

  static slugTaken(slug: string): GroupException {
    return GroupException.conflictError(GroupErrorCode.SlugTaken, `Another group already uses the address "${slug}".`, fieldError('slug', 'is already used by another group'));
  }

  static archived(): GroupException {
    return GroupException.conflictError(GroupErrorCode.Archived, 'This group is archived and read-only; unarchive it first.');
  }

  static lastOwner(): GroupException {
    return GroupException.conflictError(GroupErrorCode.LastOwner, 'A group needs at least one owner: transfer ownership to someone else first.');
  }

  static notAMember(): GroupException {
    return GroupException.conflictError(GroupErrorCode.NotAMember, 'You are not a member of this group.');
  }

  static memberNotFound(): GroupException {
    return GroupException.notFoundError(GroupErrorCode.MemberNotFound, 'That person is not a member of this group.');
  }

  static requestNotFound(): GroupException {
    return GroupException.notFoundError(GroupErrorCode.RequestNotFound, 'That person has no pending request to join this group.');
  }

  static creationNotAllowed(): GroupException {
    return GroupException.forbiddenError(GroupErrorCode.CreationNotAllowed, 'Only the people your admins have listed may create groups here.');
  }
}

import { HttpStatus } from '@nestjs/common';
import { AVATAR_MAX_BYTES } from '@moot/contracts';
import { ApiException, fieldError } from '../common/api-exception';

export enum PeopleErrorCode {
  NotFound = 'PEOPLE_NOT_FOUND',
  CannotEditProfile = 'PEOPLE_CANNOT_EDIT_PROFILE',
  IdentityFieldsAdminOnly = 'PEOPLE_IDENTITY_FIELDS_ADMIN_ONLY',
  InvalidReference = 'PEOPLE_INVALID_REFERENCE',
  CannotFollowSelf = 'PEOPLE_CANNOT_FOLLOW_SELF',
  AvatarMissing = 'PEOPLE_AVATAR_MISSING',
  AvatarTooLarge = 'PEOPLE_AVATAR_TOO_LARGE',
  AvatarUnsupportedType = 'PEOPLE_AVATAR_UNSUPPORTED_TYPE',
  AvatarUnusable = 'PEOPLE_AVATAR_UNUSABLE',
}

const MAX_MB = AVATAR_MAX_BYTES / (1024 * 1024);

/** Errors of profiles, avatars and follows. */
export class PeopleException extends ApiException {
  /** Unknown, malformed id, or (for avatars and follows) a former colleague. */
  static notFound(): PeopleException {
    return PeopleException.notFoundError(PeopleErrorCode.NotFound, 'There is no such person.');
  }

  static cannotEditProfile(): PeopleException {
    return PeopleException.forbiddenError(PeopleErrorCode.CannotEditProfile, 'You can only edit your own profile.');
  }

  static identityFieldsAdminOnly(fields: string[]): PeopleException {
    return PeopleException.forbiddenError(
      PeopleErrorCode.IdentityFieldsAdminOnly,
      `${fields.join(', ')} come${fields.length === 1 ? 's' : ''} from the council's identity provider: only a site admin can correct ${fields.length === 1 ? 'it' : 'them'}.`,
      fields.map((field) => ({ field, messages: ['can only be changed by a site admin'] })),
    );
  }

  static invalidReference(field: string, message: string): PeopleException {
    return PeopleException.invalidFieldNamesError(PeopleErrorCode.InvalidReference, fieldError(field, message));
  }

  static cannotFollowSelf(): PeopleException {
    return PeopleException.badRequestError(PeopleErrorCode.CannotFollowSelf, 'You cannot follow yourself.');
  }

  static avatarMissing(): PeopleException {
    return PeopleException.badRequestError(PeopleErrorCode.AvatarMissing, 'Choose an image to upload, sent as the form field "file".', fieldError('file', 'must be a PNG, JPEG or WebP image'));
  }

  static avatarTooLarge(): PeopleException {
    return new PeopleException(
      PeopleErrorCode.AvatarTooLarge,
      `The image is larger than ${MAX_MB} MB. Choose a smaller one.`,
      HttpStatus.PAYLOAD_TOO_LARGE,
      fieldError('file', `must be at most ${MAX_MB} MB`),
    );
  }

  static avatarUnsupportedType(detected: string | null): PeopleException {
    const what = detected ? `a ${detected.toUpperCase()} file` : 'not an image we can read';
    return new PeopleException(
      PeopleErrorCode.AvatarUnsupportedType,
      `Avatars must be PNG, JPEG or WebP images; this is ${what}.`,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      fieldError('file', 'must be a PNG, JPEG or WebP image'),
    );
  }

  /** A supported type that still cannot be an avatar (animated, too many pixels, a bad upload). */
  static avatarUnusable(reason: string): PeopleException {
    return PeopleException.badRequestError(PeopleErrorCode.AvatarUnusable, `This image cannot be used as an avatar: ${reason}.`, fieldError('file', reason));
  }
}

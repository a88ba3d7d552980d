import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../common/api-exception';
import type { UserEntity } from '../../users/user.entity';

export enum LoginLinkErrorCode {
  UnknownUser = 'LOGIN_LINK_UNKNOWN_USER',
  NotAnActiveAdmin = 'LOGIN_LINK_NOT_AN_ACTIVE_ADMIN',
}

/** Why a break-glass link was not issued. */
export class LoginLinkException extends ApiException {
  static unknownUser(email: string): LoginLinkException {
    return new LoginLinkException(LoginLinkErrorCode.UnknownUser, `No one in Moot has the email address ${email}.`, HttpStatus.NOT_FOUND);
  }

  static notAnActiveAdmin(user: UserEntity): LoginLinkException {
    const reason = user.status !== 'active' ? 'is deactivated' : 'is not a site admin (grant it first: user:grant-admin EMAIL)';
    return new LoginLinkException(
      LoginLinkErrorCode.NotAnActiveAdmin,
      `${user.email} ${reason}; sign-in links are only issued to active admins.`,
      HttpStatus.FORBIDDEN,
    );
  }
}

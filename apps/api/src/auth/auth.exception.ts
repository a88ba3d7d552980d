import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';

export enum AuthErrorCode {
  Unauthenticated = 'AUTH_UNAUTHENTICATED',
  Forbidden = 'AUTH_FORBIDDEN',
  CsrfFailed = 'AUTH_CSRF_FAILED',
  UnknownIdentityProvider = 'AUTH_UNKNOWN_IDP',
  UnknownEmailDomain = 'AUTH_UNKNOWN_EMAIL_DOMAIN',
  SamlRejected = 'AUTH_SAML_REJECTED',
  AccountNotProvisioned = 'AUTH_ACCOUNT_NOT_PROVISIONED',
  AccountDeactivated = 'AUTH_ACCOUNT_DEACTIVATED',
  LoginLinkInvalid = 'AUTH_LOGIN_LINK_INVALID',
}

export class AuthException extends ApiException {
  static unauthenticated(): AuthException {
    return new AuthException(AuthErrorCode.Unauthenticated, 'You need to sign in.', HttpStatus.UNAUTHORIZED);
  }

  static forbidden(message = 'You do not have permission to do that.'): AuthException {
    return AuthException.forbiddenError(AuthErrorCode.Forbidden, message);
  }

  static csrfFailed(): AuthException {
    return AuthException.forbiddenError(AuthErrorCode.CsrfFailed, 'The request did not carry this session\'s x-csrf-token header. Reload the page and try again.');
  }

  static unknownIdentityProvider(): AuthException {
    return AuthException.notFoundError(AuthErrorCode.UnknownIdentityProvider, 'There is no such identity provider.');
  }

  static unknownEmailDomain(): AuthException {
    return AuthException.notFoundError(AuthErrorCode.UnknownEmailDomain, 'No identity provider signs people in for that email domain.');
  }

  static samlRejected(reason: string): AuthException {
    return new AuthException(AuthErrorCode.SamlRejected, `Sign-in was refused: ${reason}`, HttpStatus.UNAUTHORIZED);
  }

  static accountNotProvisioned(): AuthException {
    return AuthException.forbiddenError(
      AuthErrorCode.AccountNotProvisioned,
      'Your identity provider signed you in, but you do not have a Moot account yet. Ask your IT team to add you.',
    );
  }

  static accountDeactivated(): AuthException {
    return AuthException.forbiddenError(AuthErrorCode.AccountDeactivated, 'This account has been deactivated.');
  }

  static loginLinkInvalid(): AuthException {
    return new AuthException(AuthErrorCode.LoginLinkInvalid, 'This sign-in link is not valid: it may have expired or been used already.', HttpStatus.UNAUTHORIZED);
  }
}

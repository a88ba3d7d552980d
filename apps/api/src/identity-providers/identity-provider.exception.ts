import { HttpStatus } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { ApiException } from '../common/api-exception';

export enum IdentityProviderErrorCode {
  InvalidMetadata = 'IDP_INVALID_METADATA',
  InvalidInput = 'IDP_INVALID_INPUT',
  InvalidCertificate = 'IDP_INVALID_CERTIFICATE',
  SlugTaken = 'IDP_SLUG_TAKEN',
  DomainClaimed = 'IDP_DOMAIN_CLAIMED',
  NotFound = 'IDP_NOT_FOUND',
}

/** Errors of identity-provider administration (REST and CLI alike). */
export class IdentityProviderException extends ApiException {
  static invalidMetadata(reason: string): IdentityProviderException {
    return new IdentityProviderException(
      IdentityProviderErrorCode.InvalidMetadata,
      `The identity provider metadata cannot be used: ${reason}`,
      HttpStatus.BAD_REQUEST,
      [{ field: 'metadataXml', messages: [reason] }],
    );
  }

  static invalidInput(errors: FieldError[]): IdentityProviderException {
    const summary = errors.map((error) => `${error.field}: ${error.messages.join(' ')}`).join('; ');
    return new IdentityProviderException(IdentityProviderErrorCode.InvalidInput, `Some fields are not valid: ${summary}`, HttpStatus.BAD_REQUEST, errors);
  }

  static invalidCertificate(field: string, reason: string): IdentityProviderException {
    return new IdentityProviderException(
      IdentityProviderErrorCode.InvalidCertificate,
      `${field} is not a usable X.509 certificate: ${reason}`,
      HttpStatus.BAD_REQUEST,
      [{ field, messages: [`must be an X.509 certificate in PEM or base64 (${reason})`] }],
    );
  }

  static slugTaken(slug: string): IdentityProviderException {
    return new IdentityProviderException(
      IdentityProviderErrorCode.SlugTaken,
      `Another identity provider already uses the slug "${slug}".`,
      HttpStatus.CONFLICT,
      [{ field: 'slug', messages: ['is already used by another identity provider'] }],
    );
  }

  static domainClaimed(domains: string[]): IdentityProviderException {
    const list = domains.join(', ');
    return new IdentityProviderException(
      IdentityProviderErrorCode.DomainClaimed,
      `Another identity provider already signs people in for ${list}.`,
      HttpStatus.CONFLICT,
      [{ field: 'emailDomains', messages: [`${list} already belong to another identity provider`] }],
    );
  }

  static notFound(): IdentityProviderException {
    return new IdentityProviderException(IdentityProviderErrorCode.NotFound, 'There is no such identity provider.', HttpStatus.NOT_FOUND);
  }
}

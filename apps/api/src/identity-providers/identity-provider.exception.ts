import type { FieldError } from '@moot/contracts';
import { ApiException, fieldError } from '../common/api-exception';

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
    return IdentityProviderException.badRequestError(
      IdentityProviderErrorCode.InvalidMetadata,
      `The identity provider metadata cannot be used: ${reason}`,
      fieldError('metadataXml', reason),
    );
  }

  /** Unlike the shared summary, this one (also printed by the CLI) puts a colon after each field and no full stop. */
  static invalidInput(errors: FieldError[]): IdentityProviderException {
    const summary = errors.map((error) => `${error.field}: ${error.messages.join(' ')}`).join('; ');
    return IdentityProviderException.badRequestError(IdentityProviderErrorCode.InvalidInput, `Some fields are not valid: ${summary}`, errors);
  }

  static invalidCertificate(field: string, reason: string): IdentityProviderException {
    return IdentityProviderException.badRequestError(
      IdentityProviderErrorCode.InvalidCertificate,
      `${field} is not a usable X.509 certificate: ${reason}`,
      fieldError(field, `must be an X.509 certificate in PEM or base64 (${reason})`),
    );
  }

  static slugTaken(slug: string): IdentityProviderException {
    return IdentityProviderException.conflictError(
      IdentityProviderErrorCode.SlugTaken,
      `Another identity provider already uses the slug "${slug}".`,
      fieldError('slug', 'is already used by another identity provider'),
    );
  }

  static domainClaimed(domains: string[]): IdentityProviderException {
    const list = domains.join(', ');
    return IdentityProviderException.conflictError(
      IdentityProviderErrorCode.DomainClaimed,
      `Another identity provider already signs people in for ${list}.`,
      fieldError('emailDomains', `${list} already belong to another identity provider`),
    );
  }

  static notFound(): IdentityProviderException {
    return IdentityProviderException.notFoundError(IdentityProviderErrorCode.NotFound, 'There is no such identity provider.');
  }
}

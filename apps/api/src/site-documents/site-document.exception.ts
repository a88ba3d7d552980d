import { ApiException } from '../common/api-exception';

/** The codes are also exported by @moot/contracts (HOUSE_RULES_NOT_ACCEPTED, HOUSE_RULES_VERSION_NOT_CURRENT). */
export enum SiteDocumentErrorCode {
  NotFound = 'SITE_DOCUMENT_NOT_FOUND',
  VersionNotCurrent = 'HOUSE_RULES_VERSION_NOT_CURRENT',
  NotAccepted = 'HOUSE_RULES_NOT_ACCEPTED',
}

export class SiteDocumentException extends ApiException {
  static notFound(): SiteDocumentException {
    return SiteDocumentException.notFoundError(SiteDocumentErrorCode.NotFound, 'This document has not been published yet.');
  }

  static versionNotCurrent(current: number): SiteDocumentException {
    return SiteDocumentException.conflictError(
      SiteDocumentErrorCode.VersionNotCurrent,
      `The house rules have changed since you read them: version ${current} is current. Read it, then accept it.`,
    );
  }

  static notAccepted(): SiteDocumentException {
    return SiteDocumentException.forbiddenError(SiteDocumentErrorCode.NotAccepted, 'Accept the current house rules before you post, reply, report, create or join groups.');
  }
}

import { ApiException } from '../common/api-exception';

export enum ScimTokenErrorCode {
  NotFound = 'SCIM_TOKEN_NOT_FOUND',
}

/** Errors of the admin token API (the app's JSON error shape, unlike SCIM's own endpoints). */
export class ScimTokenException extends ApiException {
  static notFound(): ScimTokenException {
    return ScimTokenException.notFoundError(ScimTokenErrorCode.NotFound, 'There is no SCIM token with that id.');
  }
}

import { ApiException, fieldError } from '../common/api-exception';

export enum DataRightsErrorCode {
  PersonNotFound = 'DATA_RIGHTS_PERSON_NOT_FOUND',
  AlreadyErased = 'DATA_RIGHTS_ALREADY_ERASED',
  CannotEraseSelf = 'DATA_RIGHTS_CANNOT_ERASE_SELF',
  ConfirmEmailMismatch = 'DATA_RIGHTS_CONFIRM_EMAIL_MISMATCH',
  PolicyNotFound = 'DATA_RIGHTS_POLICY_NOT_FOUND',
  InvalidPolicy = 'DATA_RIGHTS_INVALID_POLICY',
}

/** Errors of personal downloads, erasure and retention. */
export class DataRightsException extends ApiException {
  static personNotFound(): DataRightsException {
    return DataRightsException.notFoundError(DataRightsErrorCode.PersonNotFound, 'There is no such person.');
  }

  /** Erasing twice would find nothing left to erase; saying so beats a silent second audit row. */
  static alreadyErased(): DataRightsException {
    return DataRightsException.conflictError(DataRightsErrorCode.AlreadyErased, "This person's data has already been erased.");
  }

  static cannotEraseSelf(): DataRightsException {
    return DataRightsException.forbiddenError(DataRightsErrorCode.CannotEraseSelf, 'You cannot erase your own account. Ask another site admin to do it.');
  }

  static confirmEmailMismatch(): DataRightsException {
    return DataRightsException.invalidFieldNamesError(DataRightsErrorCode.ConfirmEmailMismatch, fieldError('confirmEmail', "must be this person's current email address"));
  }

  static policyNotFound(): DataRightsException {
    return DataRightsException.notFoundError(DataRightsErrorCode.PolicyNotFound, 'There is no such retention policy.');
  }

  static invalidPolicy(field: string, message: string): DataRightsException {
    return DataRightsException.invalidFieldNamesError(DataRightsErrorCode.InvalidPolicy, fieldError(field, message));
  }
}

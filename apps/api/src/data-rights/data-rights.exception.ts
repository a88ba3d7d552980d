import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';

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
    return new DataRightsException(DataRightsErrorCode.PersonNotFound, 'There is no such person.', HttpStatus.NOT_FOUND);
  }

  /** Erasing twice would find nothing left to erase; saying so beats a silent second audit row. */
  static alreadyErased(): DataRightsException {
    return new DataRightsException(DataRightsErrorCode.AlreadyErased, "This person's data has already been erased.", HttpStatus.CONFLICT);
  }

  static cannotEraseSelf(): DataRightsException {
    return new DataRightsException(
      DataRightsErrorCode.CannotEraseSelf,
      'You cannot erase your own account. Ask another site admin to do it.',
      HttpStatus.FORBIDDEN,
    );
  }

  static confirmEmailMismatch(): DataRightsException {
    return new DataRightsException(DataRightsErrorCode.ConfirmEmailMismatch, 'Some fields are not valid: confirmEmail.', HttpStatus.BAD_REQUEST, [
      { field: 'confirmEmail', messages: ["must be this person's current email address"] },
    ]);
  }

  static policyNotFound(): DataRightsException {
    return new DataRightsException(DataRightsErrorCode.PolicyNotFound, 'There is no such retention policy.', HttpStatus.NOT_FOUND);
  }

  static invalidPolicy(field: string, message: string): DataRightsException {
    return new DataRightsException(DataRightsErrorCode.InvalidPolicy, `Some fields are not valid: ${field}.`, HttpStatus.BAD_REQUEST, [{ field, messages: [message] }]);
  }
}

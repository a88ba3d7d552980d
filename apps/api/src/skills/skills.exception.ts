import { ApiException, fieldError } from '../common/api-exception';
import { SKILL_NAME_MAX_LENGTH } from './skill-name';

export enum SkillsErrorCode {
  InvalidSkillName = 'SKILL_INVALID_NAME',
  PersonNotFound = 'SKILL_PERSON_NOT_FOUND',
  SkillNotListed = 'SKILL_NOT_LISTED',
  SelfEndorsement = 'SKILL_SELF_ENDORSEMENT',
}

/** Errors of the skills exchange: vocabulary, profile skills, learning goals, endorsements. */
export class SkillsException extends ApiException {
  static invalidName(field = 'name'): SkillsException {
    const message = `must be 1–${SKILL_NAME_MAX_LENGTH} characters once extra spaces are removed`;
    return SkillsException.badRequestError(SkillsErrorCode.InvalidSkillName, `The skill name ${message}.`, fieldError(field, message));
  }

  /** Unknown and deactivated people look the same: there is no one there to act on. */
  static personNotFound(): SkillsException {
    return SkillsException.notFoundError(SkillsErrorCode.PersonNotFound, 'There is no such colleague.');
  }

  static skillNotListed(): SkillsException {
    return SkillsException.notFoundError(SkillsErrorCode.SkillNotListed, 'That colleague does not list this skill.');
  }

  static selfEndorsement(): SkillsException {
    return SkillsException.badRequestError(SkillsErrorCode.SelfEndorsement, 'You cannot endorse your own skills; ask a colleague who has seen your work.');
  }
}

import { HttpStatus } from '@nestjs/common';
import { ApiException, RequestException } from './api-exception';

/** A feature-style subclass, as every `<feature>.exception.ts` declares one. */
class SampleException extends ApiException {
  static missing = () => SampleException.notFoundError('SAMPLE_NOT_FOUND', 'There is no such sample.');
  static taken = () => SampleException.conflictError('SAMPLE_TAKEN', 'Taken.', [{ field: 'slug', messages: ['is taken'] }]);
  static invalid = () =>
    SampleException.invalidFieldsError('SAMPLE_INVALID', [
      { field: 'title', messages: ['is required'] },
      { field: 'body', messages: ['is too long', 'has a bad link'] },
    ]);
  static cursor = () => SampleException.invalidCursorError('INVALID_CURSOR');
}

describe('ApiException factories', () => {
  it('build an instance of the subclass they are called on, with the status their name says', () => {
    const error = SampleException.missing();
    expect(error).toBeInstanceOf(SampleException);
    expect(error.name).toBe('SampleException');
    expect([error.code, error.message, error.status, error.fieldErrors]).toEqual(['SAMPLE_NOT_FOUND', 'There is no such sample.', HttpStatus.NOT_FOUND, undefined]);
    expect([SampleException.taken().status, SampleException.taken().fieldErrors]).toEqual([HttpStatus.CONFLICT, [{ field: 'slug', messages: ['is taken'] }]]);
  });

  it('summarise field errors with each field and its messages, or with the field names alone', () => {
    const invalid = SampleException.invalid();
    expect([invalid.status, invalid.message]).toEqual([HttpStatus.BAD_REQUEST, 'Some fields are not valid: title is required; body is too long has a bad link.']);
    const named = RequestException.validationFailed([{ field: 'to', messages: ['must not be before from'] }, { field: 'q', messages: ['is empty'] }]);
    expect([named.code, named.status, named.message]).toEqual(['VALIDATION_FAILED', HttpStatus.BAD_REQUEST, 'Some fields are not valid: to, q.']);
  });

  it('word a foreign cursor the same way in every feature', () => {
    const error = SampleException.cursor();
    expect([error.code, error.status, error.message, error.fieldErrors]).toEqual([
      'INVALID_CURSOR',
      HttpStatus.BAD_REQUEST,
      'The cursor is not valid: start again from the first page.',
      [{ field: 'cursor', messages: ['is not a cursor this server issued'] }],
    ]);
  });
});

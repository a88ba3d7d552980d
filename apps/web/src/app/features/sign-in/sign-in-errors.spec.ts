import { UNKNOWN_DOMAIN_MESSAGE, emailErrorMessage } from './sign-in-errors';

describe(emailErrorMessage.name, () => {
  it.each([
    [null, null],
    [{ required: true }, 'Enter your work email address'],
    [{ email: true }, 'Enter an email address in the correct format, like name@council.gov.uk'],
    [{ unknownDomain: true }, UNKNOWN_DOMAIN_MESSAGE],
    [{ server: 'Email address is too long' }, 'Email address is too long'],
  ])('turns %p into %p', (errors, message) => {
    expect(emailErrorMessage(errors)).toBe(message);
  });
});

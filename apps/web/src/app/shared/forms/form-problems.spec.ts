import { HttpErrorResponse } from '@angular/common/http';
import { FormControl } from '@angular/forms';

import { FieldTarget, apiFieldErrors, applyApiFieldErrors, readableMessage } from './form-problems';

describe(readableMessage.name, () => {
  it.each([
    ['slug must be 1–40 lower-case letters', 'Slug must be 1–40 lower-case letters'],
    ['must be 1–40 lower-case letters', 'Slug must be 1–40 lower-case letters'],
    ['is already used by another identity provider', 'Slug is already used by another identity provider'],
    ['"dev" is reserved', '"dev" is reserved'],
    ['the XML has no IDPSSODescriptor', 'The XML has no IDPSSODescriptor'],
  ])('turns %p into %p', (message, expected) => {
    expect(readableMessage('Slug', 'slug', message)).toBe(expected);
  });

  it('recognises a nested property name', () => {
    expect(readableMessage('Email attribute', 'attributeMapping.email', 'email must be a SAML attribute name')).toBe(
      'Email attribute must be a SAML attribute name',
    );
  });
});

describe(apiFieldErrors.name, () => {
  const errors = [{ field: 'slug', messages: ['is taken'] }];

  it.each([400, 409])('reads field errors from a %s', (status) => {
    const error = new HttpErrorResponse({ status, error: { statusCode: status, code: 'X', message: 'x', errors } });
    expect(apiFieldErrors(error)).toEqual(errors);
  });

  it('ignores other failures', () => {
    expect(apiFieldErrors(new HttpErrorResponse({ status: 500, error: { errors } }))).toBeNull();
    expect(apiFieldErrors(new HttpErrorResponse({ status: 400, error: { message: 'x' } }))).toBeNull();
    expect(apiFieldErrors(new Error('x'))).toBeNull();
  });
});

describe(applyApiFieldErrors.name, () => {
  it('marks the matching control and lists unknown fields without a link', () => {
    const domains = new FormControl('');
    const targets: Record<string, FieldTarget> = {
      emailDomains: { label: 'Email domains', controlId: 'email-domains', control: domains },
    };

    const problems = applyApiFieldErrors(
      [
        { field: 'emailDomains.1', messages: ['each must be a domain name'] },
        { field: 'certificates', messages: ['must contain one or two certificates'] },
      ],
      targets,
    );

    expect(domains.errors).toEqual({ server: 'Email domains each must be a domain name' });
    expect(problems).toEqual([
      { controlId: 'email-domains', message: 'Email domains each must be a domain name' },
      { controlId: null, message: 'certificates must contain one or two certificates' },
    ]);
  });
});

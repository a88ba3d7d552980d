import { loginUrlWithReturnTo, signInReturnTo } from './sign-in-url';

describe(signInReturnTo.name, () => {
  it('keeps a safe relative path', () => {
    expect(signInReturnTo('/groups/planning?tab=posts')).toBe('/groups/planning?tab=posts');
  });

  it.each(['https://evil.example/', '//evil.example', undefined, '/sign-in', '/sign-in?returnTo=/x'])(
    'falls back to / for %p',
    (candidate) => {
      expect(signInReturnTo(candidate)).toBe('/');
    },
  );
});

describe(loginUrlWithReturnTo.name, () => {
  it('adds an encoded returnTo to the login URL', () => {
    expect(loginUrlWithReturnTo('/api/auth/saml/anytown/login', '/groups/planning?tab=posts')).toBe(
      '/api/auth/saml/anytown/login?returnTo=%2Fgroups%2Fplanning%3Ftab%3Dposts',
    );
  });

  it('keeps query parameters the login URL already has', () => {
    expect(loginUrlWithReturnTo('/api/auth/saml/anytown/login?prompt=login', '/')).toBe(
      '/api/auth/saml/anytown/login?prompt=login&returnTo=%2F',
    );
  });

  it('replaces an unsafe returnTo with /', () => {
    expect(loginUrlWithReturnTo('/api/auth/saml/anytown/login', 'https://evil.example/')).toBe(
      '/api/auth/saml/anytown/login?returnTo=%2F',
    );
  });

  it.each(['https://idp.example/login', '//idp.example/login', 'javascript:alert(1)'])(
    'refuses a login URL that is not a same-origin path: %p',
    (loginUrl) => {
      expect(loginUrlWithReturnTo(loginUrl, '/')).toBeNull();
    },
  );
});

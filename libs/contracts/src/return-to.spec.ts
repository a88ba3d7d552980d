import { safeReturnTo } from './return-to';

describe(safeReturnTo.name, () => {
  it.each(['/', '/groups/planning', '/people?skill=webchat#top'])('keeps the relative path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/%5cevil.example',
    'javascript:alert(1)',
    'groups',
    '/groups\n/evil',
    '',
    42,
    undefined,
    `/${'a'.repeat(3000)}`,
  ])('refuses %p and falls back to /', (path) => {
    expect(safeReturnTo(path)).toBe('/');
  });

  it('uses the given fallback', () => {
    expect(safeReturnTo('https://evil.example/', '/home')).toBe('/home');
  });
});

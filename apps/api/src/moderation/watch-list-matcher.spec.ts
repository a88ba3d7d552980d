import { findWatchPhrase, normaliseWatchPhrase } from './watch-list-matcher';

describe('watch-list matcher', () => {
  it('normalises phrases: NFKC, lower case, trimmed, single-spaced', () => {
    expect(normaliseWatchPhrase('  Pay\t  RISE ')).toBe('pay rise');
    expect(normaliseWatchPhrase('ＣＯＵＮＣＩＬＬＯＲ')).toBe('councillor');
    expect(normaliseWatchPhrase('ﬁre')).toBe('fire');
    expect(normaliseWatchPhrase('   ')).toBe('');
  });

  it('matches whole words case-insensitively, not parts of words', () => {
    expect(findWatchPhrase('Vote for me!', ['vote'])).toBe('vote');
    expect(findWatchPhrase('VOTE early', ['vote'])).toBe('vote');
    expect(findWatchPhrase('The voters decided', ['vote'])).toBeNull();
    expect(findWatchPhrase('devote yourself', ['vote'])).toBeNull();
    expect(findWatchPhrase('a class act', ['ass'])).toBeNull();
    expect(findWatchPhrase('under_vote', ['vote'])).toBeNull();
  });

  it('matches phrases across any white space and punctuation boundaries', () => {
    expect(findWatchPhrase('About the **pay  rise**.', ['pay rise'])).toBe('pay rise');
    expect(findWatchPhrase('pay\nrise', ['pay rise'])).toBe('pay rise');
    expect(findWatchPhrase('pay rises are due', ['pay rise'])).toBeNull();
    expect(findWatchPhrase('(vote)', ['vote'])).toBe('vote');
  });

  it('matches look-alike forms after NFKC normalisation, and accented words whole', () => {
    expect(findWatchPhrase('ＶＯＴＥ now', ['vote'])).toBe('vote');
    expect(findWatchPhrase('café culture', ['café'])).toBe('café');
    expect(findWatchPhrase('cafés', ['café'])).toBeNull();
  });

  it('treats phrases literally (no regular expression injection)', () => {
    expect(findWatchPhrase('costs £5.00 each', ['£5.00'])).toBe('£5.00');
    expect(findWatchPhrase('costs £5x00 each', ['£5.00'])).toBeNull();
    expect(findWatchPhrase('a+b', ['a+b'])).toBe('a+b');
  });

  it('returns the first matching phrase, and null for an empty list', () => {
    expect(findWatchPhrase('strike and ballot', ['ballot', 'strike'])).toBe('ballot');
    expect(findWatchPhrase('anything', [])).toBeNull();
  });
});

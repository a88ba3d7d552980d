/**
 * Watch-list phrases and how text is matched against them. Both sides are normalised the same
 * way (Unicode NFKC, so look-alike forms such as full-width letters or ligatures compare equal;
 * lower case; runs of white space as one space), and a phrase matches only as a whole word or
 * phrase: "ass" does not match "class", "pay rise" matches "Pay  Rise!" but not "pay rises".
 */

export function normaliseWatchPhrase(phrase: string): string {
  return phrase.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters, digits and marks make a word; anything else (space, punctuation, markdown) bounds it. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

function patternOf(phrase: string): RegExp {
  const body = phrase.split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'u');
}

/** The first of `phrases` (already normalised) found in `text`, or null. */
export function findWatchPhrase(text: string, phrases: readonly string[]): string | null {
  if (phrases.length === 0) return null;
  const normalised = text.normalize('NFKC').toLowerCase();
  for (const phrase of phrases) {
    if (phrase.length > 0 && patternOf(phrase).test(normalised)) return phrase;
  }
  return null;
}

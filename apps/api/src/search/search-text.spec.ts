import { SEARCH_QUERY_MAX } from '@moot/contracts';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { parseSearchText } from './search-text';

describe(parseSearchText.name, () => {
  it('trims, removes control characters and collapses whitespace', () => {
    expect(parseSearchText('  road\u0000 \u0007works\n\tplan ')).toEqual({ text: 'road works plan', prefix: 'plan' });
  });

  it('is null when nothing is left', () => {
    expect(parseSearchText(' \u0000 ')).toBeNull();
    expect(parseSearchText(undefined)).toBeNull();
  });

  it('cuts long queries without splitting an emoji', () => {
    const text = parseSearchText(`${'a'.repeat(SEARCH_QUERY_MAX - 1)}🦆🦆`)?.text ?? '';
    expect(Array.from(text)).toHaveLength(SEARCH_QUERY_MAX);
    expect(text.endsWith('🦆')).toBe(true);
  });

  it('reduces the last word to letters and digits for the prefix', () => {
    expect(parseSearchText(`'; DROP TABLE posts; --`)?.prefix).toBeNull();
    expect(parseSearchText('a & | ! b:*')?.prefix).toBeNull();
    expect(parseSearchText('café consul:*)')?.prefix).toBe('consul');
  });

  it('does not complete an excluded, quoted or operator word', () => {
    expect(parseSearchText('parking -consul')?.prefix).toBeNull();
    expect(parseSearchText('"road works"')?.prefix).toBeNull();
    expect(parseSearchText('"unbalanced')?.prefix).toBeNull();
    expect(parseSearchText('parking OR')?.prefix).toBeNull();
  });
});

describe(decodeSearchCursor.name, () => {
  const cursor = { asOf: new Date('2026-01-01T00:00:00.000Z'), rank: 0.4213, key: 'post:0b0e6a4e-5a55-4a3e-9d38-3a8f6f4b8f10' };

  it('reads back what it wrote', () => {
    expect(decodeSearchCursor(encodeSearchCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['not base64 json', 'bm90IGEgY3Vyc29y'],
    ['a bad key', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 1, "post:'; --"])).toString('base64url')],
    ['a negative rank', Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', -1, 'topic:a'])).toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify(['yesterday', 1, 'topic:a'])).toString('base64url')],
  ])('refuses %s with a 400 on cursor', (_name, encoded) => {
    expect(() => decodeSearchCursor(encoded)).toThrow(expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'cursor' })] }));
  });
});

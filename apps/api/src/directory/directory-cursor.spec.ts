import { ApiException } from '../common/api-exception';
import { decodeDirectoryCursor, encodeDirectoryCursor } from './directory-cursor';

describe('directory cursor', () => {
  const cursor = { rank: 2, name: 'zoë o\'brien', id: '0b7e3c1e-5a4f-4a8e-9a51-2f1d3c4b5a69' };

  it('round-trips the rank tuple through an opaque base64url string', () => {
    const encoded = encodeDirectoryCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDirectoryCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ['not base64 JSON', 'bm90IGpzb24'],
    ['wrong shape', Buffer.from('{"rank":1}').toString('base64url')],
    ['rank out of range', Buffer.from(JSON.stringify([9, 'a', cursor.id])).toString('base64url')],
    ['id not a uuid', Buffer.from(JSON.stringify([1, 'a', "x' OR 1=1"])).toString('base64url')],
  ])('refuses a tampered cursor (%s) as a 400 on the cursor field', (_case, encoded) => {
    let thrown: unknown;
    try {
      decodeDirectoryCursor(encoded);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiException);
    expect((thrown as ApiException).status).toBe(400);
    expect((thrown as ApiException).fieldErrors?.[0]?.field).toBe('cursor');
  });
});

import { escapeLike, likeContains, likePrefix } from './sql-like';

describe('sql-like', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });

  it('builds contains and prefix patterns around the escaped text', () => {
    expect(likeContains('a%')).toBe('%a\\%%');
    expect(likePrefix('_b')).toBe('\\_b%');
  });
});

import { insertMention, mentionAt, withCounts } from './discussion-words';

describe('discussion words', () => {
  it('finds the @name being typed before the caret', () => {
    expect(mentionAt('Thanks @Pri', 11)).toEqual({ start: 7, query: 'Pri' });
    expect(mentionAt('email@example', 13)).toBeNull();
    expect(mentionAt('Thanks @Priya and', 17)).toBeNull();
  });

  it('replaces it with the mention token and puts the caret after it', () => {
    expect(insertMention('Hi @Pri, welcome', { start: 3, query: 'Pri' }, { id: 'p1', displayName: 'Priya Shah' })).toEqual({
      text: 'Hi @[Priya Shah](p1) , welcome',
      caret: 21,
    });
  });

  it('applies live counts but keeps whether you reacted', () => {
    expect(withCounts([{ kind: 'like', count: 1, mine: true }], { like: 3, thanks: 1 })).toEqual([
      { kind: 'like', count: 3, mine: true },
      { kind: 'thanks', count: 1, mine: false },
      { kind: 'insightful', count: 0, mine: false },
      { kind: 'support', count: 0, mine: false },
    ]);
  });
});

import { PersonSummary, ReactionKind, ReactionSummary } from '@moot/contracts';

export const REACTION_LABELS: Record<ReactionKind, string> = {
  like: 'Like',
  thanks: 'Thanks',
  insightful: 'Insightful',
  support: 'Support',
};

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Priya Shah", or "Anonymous" for an anonymous or deleted author. */
export function authorName(author: PersonSummary | null): string {
  return author?.displayName ?? 'Anonymous';
}

/** The `@name` being typed just before the caret, if any: where it starts and what it says so far. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@[\]()]{1,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Replaces the `@name` being typed with the mention token the API understands. */
export function insertMention(
  text: string,
  at: { start: number; query: string },
  person: Pick<PersonSummary, 'id' | 'displayName'>,
): { text: string; caret: number } {
  const token = `@[${person.displayName}](${person.id}) `;
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + token + text.slice(end), caret: at.start + token.length };
}

/** Applies a `reaction:changed` payload (counts only) to what the viewer already knows. */
export function withCounts(reactions: ReactionSummary[], counts: Partial<Record<ReactionKind, number>>): ReactionSummary[] {
  const known = new Map(reactions.map((reaction) => [reaction.kind, reaction]));
  return (Object.keys(REACTION_LABELS) as ReactionKind[]).map((kind) => ({
    kind,
    count: counts[kind] ?? known.get(kind)?.count ?? 0,
    mine: known.get(kind)?.mine ?? false,
  }));
}

/** Escapes LIKE wildcards so user input matches literally (use with `ESCAPE '\'`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A LIKE pattern for "contains `text`", literally. */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern for "starts with `text`", literally. */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}

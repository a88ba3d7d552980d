/**
 * TypeORM's postgres driver answers `query()` for UPDATE/DELETE ... RETURNING with
 * `[rows, rowCount]`, and for SELECT/INSERT with plain rows. This gives the rows either way.
 */
export function returningRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

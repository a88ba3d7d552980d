const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be a person's id; anything else is a 404 without asking the database. */
export function isPersonId(value: string): boolean {
  return UUID.test(value);
}

export const UUID_PATTERN = UUID;

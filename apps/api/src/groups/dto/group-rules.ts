export const NAME_MAX = 120;
export const TEXT_MAX = 10_000;
export const SLUG_MAX = 80;
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
export const SLUG_MESSAGE = 'slug must be 1–80 lower-case letters, digits and hyphens, not starting or ending with a hyphen';
/** Words that are, or may become, routes beside `/groups/:slug`. */
export const RESERVED_SLUGS = new Set(['new', 'suggestions', 'mine', 'search', 'create', 'edit', 'settings', 'admin', 'api', 'directory', 'requests', 'invitations']);
export const MAX_DEPARTMENTS = 50;

/** A slug from a name: "Digital & Comms!" → "digital-comms". */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 4)
    .replace(/-+$/g, '');
  return slug || 'group';
}

export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

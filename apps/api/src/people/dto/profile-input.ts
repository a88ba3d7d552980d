/** Limits and clean-up rules of profile input, shared by the DTOs and the service. */
export const PROFILE_LIMITS = {
  displayName: 120,
  pronouns: 40,
  location: 120,
  workingPattern: 200,
  phone: 40,
  bio: 2000,
  jobTitle: 120,
  topics: 10,
  topic: 60,
  contactNote: 200,
} as const;

/** Digits, spaces, +, brackets and hyphens: enough for any UK or international number. */
export const PHONE_PATTERN = /^[0-9+() -]+$/;

type TransformInput = { value: unknown };

export const trim = ({ value }: TransformInput): unknown => (typeof value === 'string' ? value.trim() : value);

/** Optional text: trimmed, and an empty answer means "not set". */
export const trimToNull = ({ value }: TransformInput): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Topic lists: each trimmed with inner spaces collapsed; repeats (ignoring case) dropped, first kept. */
export const cleanTopics = ({ value }: TransformInput): unknown => {
  if (!Array.isArray(value)) return value;
  const seen = new Set<string>();
  const cleaned: unknown[] = [];
  for (const item of value) {
    if (typeof item !== 'string') {
      cleaned.push(item);
      continue;
    }
    const topic = item.replace(/\s+/g, ' ').trim();
    const key = topic.toLocaleLowerCase('en-GB');
    if (seen.has(key)) continue;
    seen.add(key);
    cleaned.push(topic);
  }
  return cleaned;
};

export const unique = ({ value }: TransformInput): unknown => (Array.isArray(value) ? [...new Set(value)] : value);

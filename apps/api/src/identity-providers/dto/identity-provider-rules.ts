import type { FieldError } from '@moot/contracts';
import type { AttributeMapping } from '../identity-provider.entity';

/** Lower-case letters, digits and inner hyphens, 1–40 characters: it appears in SAML URLs. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
export const SLUG_MESSAGE = 'must be 1–40 lower-case letters, digits or hyphens, not starting or ending with a hyphen';
/** Reserved for the built-in development identity provider. */
export const DEVELOPMENT_SLUG = 'dev';

export const DISPLAY_NAME_MAX = 100;
export const MAX_EMAIL_DOMAINS = 50;
export const HOSTNAME_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const HOSTNAME_MESSAGE = 'must each be a domain name such as example.gov.uk';

export const ATTRIBUTE_KEYS = ['email', 'givenName', 'familyName', 'displayName', 'department', 'jobTitle'] as const;
export const ATTRIBUTE_NAME_MAX = 256;

export const MAX_CERTIFICATES = 2;

/** Trimmed, lower-cased and de-duplicated; other values are left for validation to refuse. */
export function normaliseEmailDomains(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const normalised = value.map((domain) => (typeof domain === 'string' ? domain.trim().toLowerCase().replace(/\.$/, '') : domain));
  return [...new Set(normalised)];
}

/**
 * The rules the REST DTOs enforce, for callers that do not pass through them (the CLI, seeding).
 * Only the fields present are checked.
 */
export function checkIdentityProviderFields(input: {
  slug?: unknown;
  displayName?: unknown;
  emailDomains?: unknown;
  attributeMapping?: unknown;
}): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => void errors.push({ field, messages: [message] });
  if (input.slug !== undefined && (typeof input.slug !== 'string' || !SLUG_PATTERN.test(input.slug))) fail('slug', SLUG_MESSAGE);
  if (input.displayName !== undefined) {
    const name = typeof input.displayName === 'string' ? input.displayName.trim() : '';
    if (name.length < 1 || name.length > DISPLAY_NAME_MAX) fail('displayName', `must be 1–${DISPLAY_NAME_MAX} characters`);
  }
  if (input.emailDomains !== undefined) {
    const domains = input.emailDomains;
    if (!Array.isArray(domains)) fail('emailDomains', 'must be a list of domain names');
    else if (domains.length > MAX_EMAIL_DOMAINS) fail('emailDomains', `must list at most ${MAX_EMAIL_DOMAINS} domains`);
    else {
      const bad = domains.filter((domain) => typeof domain !== 'string' || !HOSTNAME_PATTERN.test(domain));
      if (bad.length > 0) fail('emailDomains', `${HOSTNAME_MESSAGE} (not ${bad.map((d) => JSON.stringify(d)).join(', ')})`);
    }
  }
  if (input.attributeMapping !== undefined) {
    const mapping = input.attributeMapping;
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) fail('attributeMapping', 'must be an object');
    else {
      for (const [key, value] of Object.entries(mapping)) {
        if (value === undefined) continue;
        if (!(ATTRIBUTE_KEYS as readonly string[]).includes(key)) fail(`attributeMapping.${key}`, `is not one of ${ATTRIBUTE_KEYS.join(', ')}`);
        else if (typeof value !== 'string' || value.trim().length < 1 || value.length > ATTRIBUTE_NAME_MAX) {
          fail(`attributeMapping.${key}`, `must be an attribute name of 1–${ATTRIBUTE_NAME_MAX} characters`);
        }
      }
    }
  }
  return errors;
}

/** Keeps only the known keys with a value. */
export function cleanAttributeMapping(mapping: AttributeMapping | undefined): AttributeMapping {
  const clean: AttributeMapping = {};
  for (const key of ATTRIBUTE_KEYS) {
    const value = mapping?.[key]?.trim();
    if (value) clean[key] = value;
  }
  return clean;
}

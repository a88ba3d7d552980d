import type { AttributeMapping } from '../../identity-providers/identity-provider.entity';

/** Attribute names tried, in order, when an IdP has no explicit mapping for a field. */
export const DEFAULT_ATTRIBUTE_NAMES: Required<{ [K in keyof AttributeMapping]: string[] }> = {
  email: [
    'email',
    'mail',
    'emailAddress',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    'urn:oid:0.9.2342.19200300.100.1.3',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn',
  ],
  givenName: ['givenName', 'given_name', 'firstName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', 'urn:oid:2.5.4.42'],
  familyName: ['surname', 'sn', 'familyName', 'lastName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', 'urn:oid:2.5.4.4'],
  displayName: ['displayName', 'http://schemas.microsoft.com/identity/claims/displayname', 'urn:oid:2.16.840.1.113730.3.1.241', 'cn', 'name'],
  department: ['department', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/department', 'urn:oid:2.5.4.11', 'ou'],
  jobTitle: ['jobTitle', 'title', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/title', 'http://schemas.microsoft.com/ws/2008/06/identity/claims/jobtitle', 'urn:oid:2.5.4.12'],
};

export interface MappedIdentity {
  email: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  department: string | null;
  jobTitle: string | null;
}

const EMAIL = /^[^\s@<>()]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,63}$/i;

function firstString(value: unknown): string | null {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== 'string') return null;
  const trimmed = candidate.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 ? trimmed : null;
}

function pick(attributes: Record<string, unknown>, names: string[], maxLength: number): string | null {
  // Claim names are matched case-insensitively: IdPs differ in casing (e.g. "EmailAddress").
  const byLowerName = new Map(Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value]));
  for (const name of names) {
    const value = firstString(byLowerName.get(name.toLowerCase()));
    if (value) return value.slice(0, maxLength);
  }
  return null;
}

/**
 * Maps SAML attributes to profile fields: the IdP's own mapping first, then common claim
 * names (plain, Entra ID / ADFS URIs, LDAP OIDs), and the NameID when it is an email.
 */
export function mapAttributes(attributes: Record<string, unknown>, nameId: string, mapping: AttributeMapping): MappedIdentity {
  const namesFor = (field: keyof AttributeMapping): string[] => {
    const custom = mapping[field];
    return custom ? [custom, ...DEFAULT_ATTRIBUTE_NAMES[field]] : DEFAULT_ATTRIBUTE_NAMES[field];
  };
  const emailCandidate = pick(attributes, namesFor('email'), 320) ?? nameId;
  const email = EMAIL.test(emailCandidate) ? emailCandidate.toLowerCase() : null;
  const givenName = pick(attributes, namesFor('givenName'), 80);
  const familyName = pick(attributes, namesFor('familyName'), 80);
  const joined = [givenName, familyName].filter(Boolean).join(' ');
  const displayName = pick(attributes, namesFor('displayName'), 120) ?? (joined || null);
  return {
    email,
    givenName,
    familyName,
    displayName: displayName && EMAIL.test(displayName) && joined ? joined : displayName,
    department: pick(attributes, namesFor('department'), 120),
    jobTitle: pick(attributes, namesFor('jobTitle'), 120),
  };
}

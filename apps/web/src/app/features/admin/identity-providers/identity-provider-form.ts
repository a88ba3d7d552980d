import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  CreateIdentityProviderRequest,
  IdentityProviderResponse,
  IdpAttributeKey,
  IdpAttributeMapping,
  UpdateIdentityProviderRequest,
} from '@moot/contracts';
import { FieldTarget } from '@moot/web/shared/forms/form-problems';

/** The API's slug rule: it appears in the SAML URLs. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
export const DISPLAY_NAME_MAX = 100;

export const ATTRIBUTE_FIELDS: readonly { key: IdpAttributeKey; label: string }[] = [
  { key: 'email', label: 'Email address attribute' },
  { key: 'givenName', label: 'Given name attribute' },
  { key: 'familyName', label: 'Family name attribute' },
  { key: 'displayName', label: 'Display name attribute' },
  { key: 'department', label: 'Department attribute' },
  { key: 'jobTitle', label: 'Job title attribute' },
];

export type IdentityProviderForm = ReturnType<typeof identityProviderForm>;

export function identityProviderForm() {
  const text = (value = '') => new FormControl(value, { nonNullable: true });
  return new FormGroup({
    slug: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(SLUG_PATTERN)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX)],
    }),
    emailDomains: text(),
    metadataXml: text(),
    jitProvisioning: new FormControl(true, { nonNullable: true }),
    allowUnsolicited: new FormControl(false, { nonNullable: true }),
    enabled: new FormControl(true, { nonNullable: true }),
    attributeMapping: new FormGroup({
      email: text(),
      givenName: text(),
      familyName: text(),
      displayName: text(),
      department: text(),
      jobTitle: text(),
    }),
  });
}

/** Which control, label and element id each API field path belongs to. */
export function fieldTargets(form: IdentityProviderForm): Record<string, FieldTarget> {
  const { controls } = form;
  const targets: Record<string, FieldTarget> = {
    slug: { label: 'Slug', controlId: 'slug', control: controls.slug },
    displayName: { label: 'Display name', controlId: 'display-name', control: controls.displayName },
    emailDomains: { label: 'Email domains', controlId: 'email-domains', control: controls.emailDomains },
    metadataXml: { label: 'Metadata', controlId: 'metadata-xml', control: controls.metadataXml },
    jitProvisioning: { label: 'New accounts', controlId: 'jit-provisioning', control: controls.jitProvisioning },
    allowUnsolicited: { label: 'Unsolicited sign-in', controlId: 'allow-unsolicited', control: controls.allowUnsolicited },
    enabled: { label: 'Enabled', controlId: 'enabled', control: controls.enabled },
    attributeMapping: { label: 'Attribute mapping', controlId: 'attr-email', control: controls.attributeMapping },
  };
  for (const { key, label } of ATTRIBUTE_FIELDS) {
    targets[`attributeMapping.${key}`] = {
      label,
      controlId: `attr-${key}`,
      control: controls.attributeMapping.controls[key],
    };
  }
  return targets;
}

/** Message for a control's own (client-side) errors, or the API's message put there. */
export function controlMessage(field: string, errors: Record<string, unknown> | null): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return REQUIRED_MESSAGES[field] ?? 'Enter a value';
  if (errors['pattern'] && field === 'slug') {
    return 'Slug must be 1–40 lower-case letters, digits or hyphens, not starting or ending with a hyphen';
  }
  if (errors['maxlength'] && field === 'displayName') {
    return `Display name must be ${DISPLAY_NAME_MAX} characters or fewer`;
  }
  return null;
}

const REQUIRED_MESSAGES: Record<string, string> = {
  slug: 'Enter a slug',
  displayName: 'Enter a display name',
  metadataXml: "Paste the identity provider's metadata XML or choose the metadata file",
};

/** "a.gov.uk, b.gov.uk" (commas, spaces or new lines) as a list; the API normalises and checks them. */
export function splitDomains(value: string): string[] {
  return value
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);
}

export function createRequest(form: IdentityProviderForm): CreateIdentityProviderRequest {
  const value = form.getRawValue();
  return {
    slug: value.slug.trim(),
    displayName: value.displayName.trim(),
    metadataXml: value.metadataXml,
    emailDomains: splitDomains(value.emailDomains),
    jitProvisioning: value.jitProvisioning,
    allowUnsolicited: value.allowUnsolicited,
  };
}

/** Every editable setting; metadata only when replaced; empty mappings fall back to the defaults. */
export function updateRequest(form: IdentityProviderForm): UpdateIdentityProviderRequest {
  const value = form.getRawValue();
  const attributeMapping: IdpAttributeMapping = {};
  for (const { key } of ATTRIBUTE_FIELDS) {
    const attribute = value.attributeMapping[key].trim();
    if (attribute) attributeMapping[key] = attribute;
  }
  const body: UpdateIdentityProviderRequest = {
    slug: value.slug.trim(),
    displayName: value.displayName.trim(),
    emailDomains: splitDomains(value.emailDomains),
    attributeMapping,
    jitProvisioning: value.jitProvisioning,
    allowUnsolicited: value.allowUnsolicited,
    enabled: value.enabled,
  };
  if (value.metadataXml.trim()) body.metadataXml = value.metadataXml;
  return body;
}

export function fillForm(form: IdentityProviderForm, idp: IdentityProviderResponse): void {
  form.reset({
    slug: idp.slug,
    displayName: idp.displayName,
    emailDomains: idp.emailDomains.join(', '),
    metadataXml: '',
    jitProvisioning: idp.jitProvisioning,
    allowUnsolicited: idp.allowUnsolicited,
    enabled: idp.enabled,
    attributeMapping: {
      email: idp.attributeMapping.email ?? '',
      givenName: idp.attributeMapping.givenName ?? '',
      familyName: idp.attributeMapping.familyName ?? '',
      displayName: idp.attributeMapping.displayName ?? '',
      department: idp.attributeMapping.department ?? '',
      jobTitle: idp.attributeMapping.jobTitle ?? '',
    },
  });
}

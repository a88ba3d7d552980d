import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ContactMethod, HIDEABLE_FIELDS, HideableField, Profile, UpdateProfileRequest } from '@moot/contracts';
import { FieldTarget } from '@moot/web/shared/forms/form-problems';

export const MAX_CHIPS = 10;
export const MAX_CHIP_LENGTH = 60;
export const BIO_MAX = 2000;

export const CONTACT_METHODS: readonly { value: ContactMethod; label: string }[] = [
  { value: 'moot', label: 'A message or mention here' },
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'teams', label: 'Microsoft Teams' },
];

export type ProfileForm = ReturnType<typeof profileForm>;

/** At most 10 entries, each at most 60 characters (the API's rule for topic lists). */
export const chipListValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const items = (control.value as string[] | null) ?? [];
  if (items.length > MAX_CHIPS) return { tooMany: true };
  if (items.some((item) => item.length > MAX_CHIP_LENGTH)) return { tooLong: true };
  return null;
};

/** Required, where only spaces count as empty. */
const requiredText: ValidatorFn = (control) => (String(control.value ?? '').trim() ? null : { required: true });

export function profileForm() {
  const text = () => new FormControl('', { nonNullable: true });
  const list = () => new FormControl<string[]>([], { nonNullable: true, validators: [chipListValidator] });
  return new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [requiredText] }),
    pronouns: text(),
    location: text(),
    workingPattern: text(),
    phone: text(),
    contactMethod: new FormControl<ContactMethod>('moot', { nonNullable: true }),
    contactNote: text(),
    bio: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(BIO_MAX)] }),
    askMeAbout: list(),
    interests: list(),
    hidePhone: new FormControl(false, { nonNullable: true }),
    hidePronouns: new FormControl(false, { nonNullable: true }),
    hideLocation: new FormControl(false, { nonNullable: true }),
  });
}

export function fillProfileForm(form: ProfileForm, profile: Profile): void {
  const hidden = new Set(profile.hiddenFields ?? []);
  form.setValue({
    displayName: profile.displayName,
    pronouns: profile.pronouns ?? '',
    location: profile.location ?? '',
    workingPattern: profile.workingPattern ?? '',
    phone: profile.phone ?? '',
    contactMethod: profile.contactPreference.method,
    contactNote: profile.contactPreference.note ?? '',
    bio: profile.bio ?? '',
    askMeAbout: [...profile.askMeAbout],
    interests: [...profile.interests],
    hidePhone: hidden.has('phone'),
    hidePronouns: hidden.has('pronouns'),
    hideLocation: hidden.has('location'),
  });
}

const NULLABLE_TEXT = ['pronouns', 'location', 'workingPattern', 'phone'] as const;

/** Only what the person changed, so that a save never overwrites fields they did not touch. */
export function changedFields(form: ProfileForm, profile: Profile): UpdateProfileRequest {
  const value = form.getRawValue();
  const request: UpdateProfileRequest = {};

  const displayName = value.displayName.trim();
  if (displayName !== profile.displayName) request.displayName = displayName;
  for (const field of NULLABLE_TEXT) {
    const next = value[field].trim() || null;
    if (next !== profile[field]) request[field] = next;
  }
  const bio = value.bio.trim();
  if (bio !== (profile.bio ?? '').trim()) request.bio = bio;
  if (!sameList(value.askMeAbout, profile.askMeAbout)) request.askMeAbout = value.askMeAbout;
  if (!sameList(value.interests, profile.interests)) request.interests = value.interests;

  const note = value.contactNote.trim() || null;
  if (value.contactMethod !== profile.contactPreference.method || note !== profile.contactPreference.note) {
    request.contactPreference = { method: value.contactMethod, note };
  }

  const hidden: HideableField[] = HIDEABLE_FIELDS.filter(
    (field) => ({ phone: value.hidePhone, pronouns: value.hidePronouns, location: value.hideLocation })[field],
  );
  if (!sameList(hidden, HIDEABLE_FIELDS.filter((field) => profile.hiddenFields?.includes(field)))) {
    request.hiddenFields = hidden;
  }
  return request;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Which control, label and element id each API field path belongs to. */
export function profileFieldTargets(form: ProfileForm): Record<string, FieldTarget> {
  const { controls } = form;
  const target = (label: string, controlId: string, control: AbstractControl): FieldTarget => ({ label, controlId, control });
  return {
    displayName: target('Display name', 'profile-display-name', controls.displayName),
    pronouns: target('Pronouns', 'profile-pronouns', controls.pronouns),
    location: target('Location', 'profile-location', controls.location),
    workingPattern: target('Working pattern', 'profile-working-pattern', controls.workingPattern),
    phone: target('Phone', 'profile-phone', controls.phone),
    bio: target('Bio', 'profile-bio', controls.bio),
    askMeAbout: target('Ask me about', 'profile-ask-me-about', controls.askMeAbout),
    interests: target('Interests', 'profile-interests', controls.interests),
    contactPreference: target('Best way to get in touch', 'profile-contact-moot', controls.contactMethod),
    'contactPreference.method': target('Best way to get in touch', 'profile-contact-moot', controls.contactMethod),
    'contactPreference.note': target('Contact note', 'profile-contact-note', controls.contactNote),
    hiddenFields: target('Hide from colleagues', 'profile-hide-phone', controls.hidePhone),
  };
}

const REQUIRED: Record<string, string> = { displayName: 'Enter your name as colleagues know it' };
const NOUNS: Record<string, string> = { askMeAbout: 'topics', interests: 'interests' };

/** Message for a control's own (client-side) errors, or the API's message put there. */
export function profileControlMessage(field: string, errors: ValidationErrors | null): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return REQUIRED[field] ?? 'Enter a value';
  if (errors['maxlength'] && field === 'bio') return `Bio must be ${BIO_MAX.toLocaleString('en-GB')} characters or fewer`;
  if (errors['tooMany']) return `You can add up to ${MAX_CHIPS} ${NOUNS[field] ?? 'entries'}`;
  if (errors['tooLong']) return `Each of your ${NOUNS[field] ?? 'entries'} must be ${MAX_CHIP_LENGTH} characters or fewer`;
  return null;
}

/** Fields the form checks itself, in the order they appear on the page. */
export const CLIENT_CHECKED_FIELDS = ['displayName', 'bio', 'askMeAbout', 'interests'] as const;

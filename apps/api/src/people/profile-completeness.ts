import type { ProfileCompleteness, ProfileField } from '@moot/contracts';
import type { UserEntity } from '../users/user.entity';

export type CompletenessFacts = Pick<UserEntity, 'avatarKey' | 'bio' | 'askMeAbout' | 'location' | 'workingPattern' | 'pronouns' | 'interests'> & {
  skillCount: number;
};

/** Most useful to colleagues first: a face, a few words, then what you know and can be asked. */
const CHECKS: [ProfileField, (facts: CompletenessFacts) => boolean][] = [
  ['avatar', (facts) => facts.avatarKey !== null],
  ['bio', (facts) => facts.bio.trim() !== ''],
  ['skills', (facts) => facts.skillCount > 0],
  ['askMeAbout', (facts) => facts.askMeAbout.length > 0],
  ['location', (facts) => Boolean(facts.location)],
  ['workingPattern', (facts) => Boolean(facts.workingPattern)],
  ['pronouns', (facts) => Boolean(facts.pronouns)],
  ['interests', (facts) => facts.interests.length > 0],
];

/** The gentle prompt on your own profile: how complete it is and what to add next. */
export function profileCompleteness(facts: CompletenessFacts): ProfileCompleteness {
  const missing = CHECKS.filter(([, isFilled]) => !isFilled(facts)).map(([field]) => field);
  return { percent: Math.round(((CHECKS.length - missing.length) / CHECKS.length) * 100), missing };
}

import { CompletenessFacts, profileCompleteness } from './profile-completeness';

const empty: CompletenessFacts = { avatarKey: null, bio: '', askMeAbout: [], location: null, workingPattern: null, pronouns: null, interests: [], skillCount: 0 };

describe(profileCompleteness.name, () => {
  it('lists everything missing on a new profile, most useful first', () => {
    expect(profileCompleteness(empty)).toEqual({
      percent: 0,
      missing: ['avatar', 'bio', 'skills', 'askMeAbout', 'location', 'workingPattern', 'pronouns', 'interests'],
    });
  });

  it('counts a profile with everything filled in as complete', () => {
    const full: CompletenessFacts = {
      avatarKey: 'avatars/u1/v1',
      bio: 'Planning officer',
      askMeAbout: ['Local plan'],
      location: 'Town Hall',
      workingPattern: 'Mon–Fri',
      pronouns: 'she/her',
      interests: ['Cycling'],
      skillCount: 2,
    };
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });

  it('treats a bio of only whitespace as missing and rounds the percentage', () => {
    expect(profileCompleteness({ ...empty, bio: '  \n', avatarKey: 'avatars/u1/v1', skillCount: 1 })).toEqual({
      percent: 25,
      missing: ['bio', 'askMeAbout', 'location', 'workingPattern', 'pronouns', 'interests'],
    });
    expect(profileCompleteness({ ...empty, pronouns: 'they/them' }).percent).toBe(13);
  });
});

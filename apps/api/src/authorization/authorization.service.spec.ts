import { AuthorizationService, GroupAccessFacts, Viewer } from './authorization.service';

describe(AuthorizationService.name, () => {
  const sut = new AuthorizationService();
  const member: Viewer = { userId: 'u1', role: 'member' };
  const admin: Viewer = { userId: 'a1', role: 'admin' };
  const facts = (visibility: GroupAccessFacts['visibility'], viewerRole: GroupAccessFacts['viewerRole']): GroupAccessFacts => ({ visibility, viewerRole });

  it.each([
    ['open', null, true, true],
    ['closed', null, true, false],
    ['secret', null, false, false],
    ['closed', 'member', true, true],
    ['secret', 'member', true, true],
    ['secret', 'owner', true, true],
  ] as const)('%s group, viewer role %s: sees group %s, content %s', (visibility, role, group, content) => {
    expect(sut.canSeeGroup(member, facts(visibility, role))).toBe(group);
    expect(sut.canSeeGroupContent(member, facts(visibility, role))).toBe(content);
    expect(sut.canSeeGroupMembership(member, facts(visibility, role))).toBe(content);
  });

  it('does not let a site admin read a secret group silently (admin reads go through audited admin paths)', () => {
    expect(sut.canSeeGroup(admin, facts('secret', null))).toBe(false);
  });

  it('lets people edit their own profile, and admins anyone\'s', () => {
    expect(sut.canEditProfile(member, 'u1')).toBe(true);
    expect(sut.canEditProfile(member, 'u2')).toBe(false);
    expect(sut.canEditProfile(admin, 'u2')).toBe(true);
  });
});

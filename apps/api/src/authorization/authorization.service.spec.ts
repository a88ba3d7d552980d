import { AuthorizationService, GroupAccessFacts, GroupActionFacts, ModerationCaseFacts, PostAccessFacts, Viewer } from './authorization.service';

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

  it('lets an invitee see a secret group, but not its content', () => {
    const invited: GroupAccessFacts = { visibility: 'secret', viewerRole: null, viewerInvited: true };
    expect(sut.canSeeGroup(member, invited)).toBe(true);
    expect(sut.canSeeGroupContent(member, invited)).toBe(false);
  });

  it.each([
    [null, false, false],
    ['member', false, false],
    ['manager', true, false],
    ['owner', true, true],
  ] as const)('viewer role %s: manages %s, owns %s', (role, manage, own) => {
    expect(sut.canManageGroup(member, facts('closed', role))).toBe(manage);
    expect(sut.canOwnGroup(member, facts('closed', role))).toBe(own);
    expect(sut.actsAsAdmin(member, facts('closed', role))).toBe(false);
  });

  it('lets a site admin manage and own any group, flagged for the audit log unless they manage it', () => {
    expect(sut.canManageGroup(admin, facts('secret', null))).toBe(true);
    expect(sut.canOwnGroup(admin, facts('secret', null))).toBe(true);
    expect(sut.actsAsAdmin(admin, facts('secret', null))).toBe(true);
    expect(sut.actsAsAdmin(admin, facts('secret', 'member'))).toBe(true);
    expect(sut.actsAsAdmin(admin, facts('secret', 'manager'))).toBe(false);
  });

  it('lets members post unless the group is for announcements or archived', () => {
    const action = (viewerRole: GroupAccessFacts['viewerRole'], postingPermission: 'members' | 'managers', archived = false) =>
      ({ visibility: 'open', viewerRole, postingPermission, archived, membersCanInvite: false }) as const;
    expect(sut.canPostInGroup(member, action('member', 'members'))).toBe(true);
    expect(sut.canPostInGroup(member, action('member', 'managers'))).toBe(false);
    expect(sut.canPostInGroup(member, action('manager', 'managers'))).toBe(true);
    expect(sut.canPostInGroup(member, action(null, 'members'))).toBe(false);
    expect(sut.canPostInGroup(member, action('owner', 'members', true))).toBe(false);
  });

  it('lets members invite only when the group allows it; managers always', () => {
    const action = (viewerRole: GroupAccessFacts['viewerRole'], membersCanInvite: boolean) =>
      ({ visibility: 'secret', viewerRole, postingPermission: 'members', archived: false, membersCanInvite }) as const;
    expect(sut.canInviteToGroup(member, action('member', false))).toBe(false);
    expect(sut.canInviteToGroup(member, action('member', true))).toBe(true);
    expect(sut.canInviteToGroup(member, action('manager', false))).toBe(true);
    expect(sut.canInviteToGroup(member, action(null, true))).toBe(false);
  });

  it('lets people edit their own profile, and admins anyone\'s', () => {
    expect(sut.canEditProfile(member, 'u1')).toBe(true);
    expect(sut.canEditProfile(member, 'u2')).toBe(false);
    expect(sut.canEditProfile(admin, 'u2')).toBe(true);
  });

  describe('posts', () => {
    const group = (viewerRole: GroupAccessFacts['viewerRole'], overrides: Partial<GroupActionFacts> = {}): GroupActionFacts => ({
      visibility: 'closed',
      viewerRole,
      archived: false,
      postingPermission: 'members',
      membersCanInvite: false,
      ...overrides,
    });
    const post = (overrides: Partial<PostAccessFacts> = {}): PostAccessFacts => ({
      authorId: 'u1',
      anonymous: false,
      deleted: false,
      type: 'discussion',
      group: group('member'),
      ...overrides,
    });

    it('shows a closed group\'s post to members only, and a profile post to all staff', () => {
      expect(sut.canSeePost(member, post())).toBe(true);
      expect(sut.canSeePost(member, post({ group: group(null) }))).toBe(false);
      expect(sut.canSeePost(admin, post({ group: group(null) }))).toBe(false);
      expect(sut.canSeePost(member, post({ group: null }))).toBe(true);
    });

    it('lets only the named author edit; an anonymous author cannot (nothing singles them out)', () => {
      expect(sut.canEditPost(member, post())).toBe(true);
      expect(sut.canEditPost(member, post({ authorId: null, anonymous: true }))).toBe(false);
      expect(sut.canEditPost(member, post({ authorId: 'u2' }))).toBe(false);
      expect(sut.canEditPost(member, post({ group: group('member', { archived: true }) }))).toBe(false);
    });

    it('lets authors, managers and admins delete; admins acting only as admins are flagged for audit', () => {
      expect(sut.canDeletePost(member, post({ authorId: 'u2' }))).toBe(false);
      expect(sut.canDeletePost(member, post({ authorId: 'u2', group: group('manager') }))).toBe(true);
      expect(sut.canDeletePost(admin, post({ authorId: 'u2', group: null }))).toBe(true);
      expect(sut.actsAsAdminOnPost(admin, post({ authorId: 'u2', group: null }))).toBe(true);
      expect(sut.canDeletePost(member, post({ deleted: true }))).toBe(false);
    });

    it('restricts announcements to managers and posting to members (managers-only groups: managers)', () => {
      expect(sut.canCreatePost(member, group('member'), 'announcement')).toBe(false);
      expect(sut.canCreatePost(member, group('manager'), 'announcement')).toBe(true);
      expect(sut.canCreatePost(member, group('member', { postingPermission: 'managers' }), 'discussion')).toBe(false);
      expect(sut.canCreatePost(member, group(null, { visibility: 'open' }), 'discussion')).toBe(false);
      expect(sut.canCreatePost(member, null, 'discussion')).toBe(true);
    });

    it('lets the asker or a manager accept an answer, and only admins reveal anonymous authors', () => {
      expect(sut.canAcceptAnswer(member, post({ type: 'question' }))).toBe(true);
      expect(sut.canAcceptAnswer(member, post({ type: 'question', authorId: 'u2' }))).toBe(false);
      expect(sut.canAcceptAnswer(member, post({ type: 'discussion' }))).toBe(false);
      expect(sut.canRevealAuthor(member, post({ authorId: null, anonymous: true }))).toBe(false);
      expect(sut.canRevealAuthor(admin, post({ authorId: null, anonymous: true, group: group('member') }))).toBe(true);
    });

    it('lets a reply\'s author edit it and the post\'s managers delete it', () => {
      expect(sut.canEditReply(member, post(), { authorId: 'u1', deleted: false })).toBe(true);
      expect(sut.canEditReply(member, post({ group: group('manager') }), { authorId: 'u2', deleted: false })).toBe(false);
      expect(sut.canDeleteReply(member, post({ group: group('manager') }), { authorId: 'u2', deleted: false })).toBe(true);
      expect(sut.canDeleteReply(member, post(), { authorId: 'u2', deleted: false })).toBe(false);
    });
  });

  describe('moderation (issue #8)', () => {
    const profilePost = (overrides: Partial<PostAccessFacts> = {}): PostAccessFacts => ({ authorId: 'u2', anonymous: false, deleted: false, type: 'discussion', group: null, ...overrides });
    const moderationCase = (overrides: Partial<ModerationCaseFacts> = {}): ModerationCaseFacts => ({
      status: 'open',
      groupId: 'g1',
      viewerRole: null,
      contentVisibility: 'closed',
      ...overrides,
    });

    it.each(['held', 'hidden', 'removed'] as const)('shows %s content to its named author only, and takes no replies or reactions', (state) => {
      expect(sut.canSeePost(member, profilePost({ moderationState: state }))).toBe(false);
      expect(sut.canSeePost(admin, profilePost({ moderationState: state }))).toBe(false);
      const own = profilePost({ authorId: member.userId, moderationState: state });
      expect(sut.canSeePost(member, own)).toBe(true);
      expect(sut.canReplyToPost(member, own)).toBe(false);
      expect(sut.canReactToPost(member, own)).toBe(false);
      expect(sut.canSeeReply(member, profilePost(), { authorId: 'u2', deleted: false, moderationState: state })).toBe(false);
      expect(sut.canSeeReply(member, profilePost(), { authorId: member.userId, deleted: false, moderationState: state })).toBe(true);
    });

    it('lets managers read and act on their groups’ cases, only read escalated ones, and site admins do everything', () => {
      expect(sut.canReadModerationCase(member, moderationCase())).toBe(false);
      expect(sut.canReadModerationCase(member, moderationCase({ viewerRole: 'member' }))).toBe(false);
      expect(sut.canActOnModerationCase(member, moderationCase({ viewerRole: 'manager' }))).toBe(true);
      expect(sut.canReadModerationCase(member, moderationCase({ viewerRole: 'owner', status: 'escalated' }))).toBe(true);
      expect(sut.canActOnModerationCase(member, moderationCase({ viewerRole: 'owner', status: 'escalated' }))).toBe(false);
      expect(sut.canReadModerationCase(member, moderationCase({ groupId: null, viewerRole: null }))).toBe(false);
      expect(sut.canActOnModerationCase(admin, moderationCase({ groupId: null, status: 'escalated' }))).toBe(true);
    });

    it('marks a site admin moderating closed or secret content they do not manage, for the audit log', () => {
      expect(sut.moderatesAsAdmin(admin, moderationCase())).toBe(true);
      expect(sut.moderatesAsAdmin(admin, moderationCase({ contentVisibility: 'open' }))).toBe(false);
      expect(sut.moderatesAsAdmin(admin, moderationCase({ viewerRole: 'manager' }))).toBe(false);
      expect(sut.moderatesAsAdmin(member, moderationCase({ viewerRole: 'manager' }))).toBe(false);
    });

    it('lets site admins run the watch-list and site-wide election periods, and group managers their group’s', () => {
      expect(sut.canManageWatchList(admin)).toBe(true);
      expect(sut.canManageWatchList(member)).toBe(false);
      expect(sut.canManageElectionPeriods(member, null)).toBe(false);
      expect(sut.canManageElectionPeriods(admin, null)).toBe(true);
      expect(sut.canManageElectionPeriods(member, facts('closed', 'manager'))).toBe(true);
      expect(sut.canManageElectionPeriods(member, facts('closed', 'member'))).toBe(false);
    });
  });
});

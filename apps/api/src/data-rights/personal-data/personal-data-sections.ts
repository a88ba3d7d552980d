/**
 * What a personal download holds, section by section. Each section is read in keyset batches
 * ordered by (`at`, `id`), so a long history is never held in memory at once. `$1` is always the
 * person downloading: every query is about their own rows, never about colleagues' content.
 */
export interface SectionColumn {
  key: string;
  label: string;
}

export interface PersonalDataSection {
  key: string;
  title: string;
  /** Shown under the heading in the readable version. */
  description: string;
  /** Columns of the readable version's table; posts and replies are shown as articles instead. */
  columns: SectionColumn[];
  layout: 'table' | 'articles';
  /** Sort/keyset expressions: a timestamp and a text tiebreaker. */
  at: string;
  id: string;
  select: string;
  from: string;
  where: string;
  /** Attachments of each row are added from this column (posts and replies). */
  attachmentsOf?: 'post_id' | 'reply_id';
  /** Only when a table exists (it arrives with other work). */
  requiresTable?: string;
}

const col = (key: string, label: string): SectionColumn => ({ key, label });

/** A setting has no time of its own: its rows all sort at the epoch, ordered by `id` alone. */
const setting = (section: Omit<PersonalDataSection, 'layout' | 'at'>): PersonalDataSection => ({ ...section, layout: 'table', at: `'epoch'::timestamptz` });

export const PERSONAL_DATA_SECTIONS: PersonalDataSection[] = [
  {
    key: 'skills',
    title: 'Skills',
    description: 'Skills on your profile.',
    columns: [col('skill', 'Skill'), col('offersHelp', 'Offers help'), col('addedAt', 'Added')],
    layout: 'table',
    at: 'us.created_at',
    id: 'us.skill_id::text',
    select: `s.name AS skill, us.offers_help AS "offersHelp", us.created_at AS "addedAt"`,
    from: 'user_skills us JOIN skills s ON s.id = us.skill_id',
    where: 'us.user_id = $1',
  },
  {
    key: 'endorsementsReceived',
    title: 'Endorsements you received',
    description: 'Colleagues who endorsed your skills.',
    columns: [col('skill', 'Skill'), col('endorsedBy', 'Endorsed by'), col('at', 'When')],
    layout: 'table',
    at: 'e.created_at',
    id: `e.endorser_id::text || e.skill_id::text`,
    select: `s.name AS skill, u.display_name AS "endorsedBy", e.created_at AS at`,
    from: 'skill_endorsements e JOIN skills s ON s.id = e.skill_id JOIN users u ON u.id = e.endorser_id',
    where: 'e.user_id = $1',
  },
  {
    key: 'endorsementsGiven',
    title: 'Endorsements you gave',
    description: "Colleagues' skills you endorsed.",
    columns: [col('skill', 'Skill'), col('person', 'Colleague'), col('at', 'When')],
    layout: 'table',
    at: 'e.created_at',
    id: `e.user_id::text || e.skill_id::text`,
    select: `s.name AS skill, u.display_name AS person, e.created_at AS at`,
    from: 'skill_endorsements e JOIN skills s ON s.id = e.skill_id JOIN users u ON u.id = e.user_id',
    where: 'e.endorser_id = $1',
  },
  {
    key: 'learningGoals',
    title: 'Learning goals',
    description: 'Skills you said you want to learn.',
    columns: [col('skill', 'Skill'), col('addedAt', 'Added')],
    layout: 'table',
    at: 'lg.created_at',
    id: 'lg.skill_id::text',
    select: `s.name AS skill, lg.created_at AS "addedAt"`,
    from: 'learning_goals lg JOIN skills s ON s.id = lg.skill_id',
    where: 'lg.user_id = $1',
  },
  {
    key: 'following',
    title: 'People you follow',
    description: 'Colleagues whose posts reach your home feed.',
    columns: [col('person', 'Colleague'), col('since', 'Since')],
    layout: 'table',
    at: 'f.created_at',
    id: 'f.followee_id::text',
    select: `u.display_name AS person, f.created_at AS since`,
    from: 'follows f JOIN users u ON u.id = f.followee_id',
    where: 'f.follower_id = $1',
  },
  {
    key: 'groups',
    title: 'Groups you are in',
    description: 'The groups you are a member of, and your role in each.',
    columns: [col('group', 'Group'), col('role', 'Role'), col('joinedAt', 'Joined')],
    layout: 'table',
    at: 'm.joined_at',
    id: 'm.group_id::text',
    select: `g.name AS "group", g.slug AS "groupSlug", m.role, m.joined_at AS "joinedAt"`,
    from: 'group_memberships m JOIN groups g ON g.id = m.group_id',
    where: 'm.user_id = $1',
  },
  {
    key: 'posts',
    title: 'Your posts',
    description: 'Everything you posted, including anonymous posts (only you see that they are yours) and posts you deleted.',
    columns: [],
    layout: 'articles',
    at: 'p.created_at',
    id: 'p.id::text',
    select: `p.id, g.name AS "group", p.type, (p.anonymous_author_id IS NOT NULL) AS anonymous, p.created_at AS "createdAt",
      p.edited_at AS "editedAt", p.deleted_at AS "deletedAt", p.body, p.body_html AS "bodyHtml"`,
    from: 'posts p LEFT JOIN groups g ON g.id = p.group_id',
    where: '(p.author_id = $1 OR p.anonymous_author_id = $1)',
    attachmentsOf: 'post_id',
  },
  {
    key: 'replies',
    title: 'Your replies',
    description: "Your replies, including replies to colleagues' posts (their posts are not included).",
    columns: [],
    layout: 'articles',
    at: 'r.created_at',
    id: 'r.id::text',
    select: `r.id, r.post_id AS "postId", r.created_at AS "createdAt", r.edited_at AS "editedAt", r.deleted_at AS "deletedAt",
      r.body, r.body_html AS "bodyHtml"`,
    from: 'replies r',
    where: 'r.author_id = $1',
    attachmentsOf: 'reply_id',
  },
  {
    key: 'reactions',
    title: 'Your reactions',
    description: 'Reactions you added to posts and replies.',
    columns: [col('on', 'On'), col('targetId', 'Post or reply'), col('kind', 'Reaction'), col('at', 'When')],
    layout: 'table',
    at: 'x.at',
    id: 'x.key',
    select: `x."on", x."targetId", x.kind, x.at`,
    from: `(SELECT 'post' AS "on", post_id AS "targetId", kind, created_at AS at, post_id::text || kind AS key, user_id FROM post_reactions
            UNION ALL
            SELECT 'reply', reply_id, kind, created_at, reply_id::text || kind, user_id FROM reply_reactions) x`,
    where: 'x.user_id = $1',
  },
  {
    key: 'pollVotes',
    title: 'Your poll votes',
    description: 'The options you chose in polls.',
    columns: [col('postId', 'Poll'), col('option', 'Your choice'), col('votedAt', 'When')],
    layout: 'table',
    at: 'v.voted_at',
    id: 'v.option_id::text',
    select: `v.post_id AS "postId", o.label AS option, v.voted_at AS "votedAt"`,
    from: 'poll_votes v JOIN poll_options o ON o.id = v.option_id',
    where: 'v.user_id = $1',
  },
  {
    key: 'attachments',
    title: 'Files you uploaded',
    description: 'Details of every file you uploaded, with a link to download it while signed in to Moot.',
    columns: [col('fileName', 'File'), col('contentType', 'Type'), col('size', 'Size (bytes)'), col('altText', 'Description'), col('url', 'Link'), col('createdAt', 'Uploaded')],
    layout: 'table',
    at: 'a.created_at',
    id: 'a.id::text',
    select: `a.id, a.file_name AS "fileName", a.content_type AS "contentType", a.size, a.alt_text AS "altText", a.post_id AS "postId",
      a.reply_id AS "replyId", a.created_at AS "createdAt"`,
    from: 'attachments a',
    where: 'a.uploader_id = $1',
  },
  setting({
    key: 'notificationPreferences',
    title: 'Notification preferences',
    description: 'How you chose to hear about each kind of activity.',
    columns: [col('type', 'Activity'), col('delivery', 'Delivery')],
    id: 'np.type',
    select: `np.type, np.delivery`,
    from: 'notification_preferences np',
    where: 'np.user_id = $1',
  }),
  setting({
    key: 'groupNotificationPreferences',
    title: 'Notification preferences for groups',
    description: 'Groups where you chose a different delivery.',
    columns: [col('group', 'Group'), col('delivery', 'Delivery')],
    id: 'gp.group_id::text',
    select: `g.name AS "group", gp.delivery`,
    from: 'notification_group_preferences gp JOIN groups g ON g.id = gp.group_id',
    where: 'gp.user_id = $1',
  }),
  setting({
    key: 'quietHours',
    title: 'Quiet hours',
    description: 'When Moot does not email you.',
    columns: [col('start', 'From'), col('end', 'To')],
    id: 'ns.user_id::text',
    select: `ns.quiet_start AS start, ns.quiet_end AS "end"`,
    from: 'notification_settings ns',
    where: 'ns.user_id = $1',
  }),
  {
    key: 'houseRulesAcceptances',
    title: 'House rules you accepted',
    description: 'Each version of the house rules you accepted, and when.',
    columns: [col('version', 'Version'), col('acceptedAt', 'Accepted')],
    layout: 'table',
    at: 'h.accepted_at',
    id: 'h.id::text',
    select: `v.version, h.accepted_at AS "acceptedAt"`,
    from: 'house_rules_acceptances h JOIN site_document_versions v ON v.id = h.version_id',
    where: 'h.user_id = $1',
    requiresTable: 'house_rules_acceptances',
  },
  {
    key: 'sessions',
    title: 'Signed-in sessions',
    description: 'Browsers currently signed in as you (the secret tokens are never included).',
    columns: [col('method', 'Signed in with'), col('createdAt', 'Signed in'), col('lastSeenAt', 'Last used'), col('expiresAt', 'Expires'), col('ip', 'Address'), col('userAgent', 'Browser')],
    layout: 'table',
    at: 's.created_at',
    id: 's.public_id::text',
    select: `s.method, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.ip, s.user_agent AS "userAgent"`,
    from: 'sessions s',
    where: 's.user_id = $1',
  },
];

/**
 * The whole-council archive format, version 1 (documented in docs/export-format.md). One table
 * spec per NDJSON file, in dependency order: the exporter writes them in this order and the
 * importer inserts them in this order, so every row's references exist when it is inserted.
 * Field names are part of the format: rename a column freely, never a field.
 */
export const ARCHIVE_FORMAT = 'moot-council-export';
export const ARCHIVE_FORMAT_VERSION = 1;

/** A field of one NDJSON line: its name in the archive, its column, and how the exporter reads it. */
export interface ArchiveField {
  field: string;
  /** The column in `table`; null for a field the importer maps itself (posts' `anonymous`). */
  column: string | null;
  /** SQL read by the exporter (table alias `t`); defaults to `t."column"`. */
  read?: string;
}

export interface ArchiveTable {
  /** `<file>.ndjson` in the archive. */
  file: string;
  table: string;
  /** Extra FROM clause after `<table> t` (the exporter only). */
  join?: string;
  /** Primary key columns of `t`: keyset pagination order. */
  key: string[];
  fields: ArchiveField[];
  /** Self-references inserted as null, then set once the whole file is in (rows may point forwards). */
  deferred?: string[];
  /** On import, a person field listed in a line's `withheld` becomes the placeholder anonymous author (see `withholding`). */
  placeholderForWithheld?: boolean;
}

const f = (field: string, column: string | null = null, read?: string): ArchiveField => ({ field, column: column ?? snake(field), read });
const computed = (field: string, read: string): ArchiveField => ({ field, column: null, read });

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Person fields that would name an anonymous post's hidden author (`author`: SQL for that post's
 * `anonymous_author_id`, null when the post is not anonymous) are written null when they equal it,
 * and the line's `withheld` lists which were left out, so the importer can put the placeholder in.
 */
function withholding(author: string, fields: ArchiveField[], names: string[]): ArchiveField[] {
  const column = (name: string): string => `t.${fields.find((field) => field.field === name)!.column}`;
  const hides = (name: string): string => `${column(name)} = ${author}`;
  return [
    ...fields.map((field) => (names.includes(field.field) ? { ...field, read: `CASE WHEN ${hides(field.field)} THEN NULL ELSE ${column(field.field)} END` } : field)),
    computed('withheld', `array_remove(ARRAY[${names.map((name) => `CASE WHEN ${hides(name)} THEN '${name}' END`).join(', ')}]::text[], NULL)`),
  ];
}

/**
 * The anonymous author an audit event would tie to their post: the event names the post, a file on
 * it, or a moderation case about it (as its target, or `postId`/`caseId` in its details). Then the
 * event's actor (when it is that author: e.g. their own review request), their address and browser,
 * and every mention of their id in the details (e.g. an admin's reveal) are left out.
 */
const AUDIT_ANONYMOUS_AUTHOR = `LEFT JOIN LATERAL (
    SELECT p.anonymous_author_id AS author
    FROM (
      SELECT CASE WHEN text_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN text_id::uuid END AS id
      FROM unnest(ARRAY[t.target_id, t.details->>'postId', t.details->>'caseId']) AS text_id
    ) ref
    CROSS JOIN LATERAL (
      SELECT ref.id AS post_id
      UNION ALL SELECT a.post_id FROM attachments a WHERE a.id = ref.id
      UNION ALL SELECT c.post_id FROM moderation_cases c WHERE c.id = ref.id
    ) candidate
    JOIN posts p ON p.id = candidate.post_id AND p.anonymous_author_id IS NOT NULL
    WHERE ref.id IS NOT NULL
    LIMIT 1
  ) hidden ON true`;
const AUDIT_ACTOR_HIDDEN = 't.actor_user_id = hidden.author';
const unlessActorHidden = (column: string): string => `CASE WHEN ${AUDIT_ACTOR_HIDDEN} THEN NULL ELSE t.${column} END`;

export const ARCHIVE_TABLES: ArchiveTable[] = [
  { file: 'departments', table: 'departments', key: ['id'], fields: [f('id'), f('slug'), f('name'), f('createdAt')] },
  {
    file: 'people',
    table: 'users',
    key: ['id'],
    deferred: ['managerId'],
    fields: [
      f('id'), f('email'), f('displayName'), f('givenName'), f('familyName'), f('jobTitle'), f('departmentId'), f('managerId'),
      f('role'), f('status'), f('deactivatedAt'), f('externalId'), f('pronouns'), f('location'), f('workingPattern'), f('phone'),
      f('bio'), f('askMeAbout'), f('interests'), f('contactPreference'), f('hiddenFields'), f('avatarKey'), f('erasedAt'), f('createdAt'), f('updatedAt'),
    ],
  },
  { file: 'skills', table: 'skills', key: ['id'], fields: [f('id'), f('name'), f('normalisedName'), f('createdAt')] },
  { file: 'person-skills', table: 'user_skills', key: ['user_id', 'skill_id'], fields: [f('personId', 'user_id'), f('skillId'), f('offersHelp'), f('createdAt')] },
  {
    file: 'skill-endorsements',
    table: 'skill_endorsements',
    key: ['endorser_id', 'user_id', 'skill_id'],
    fields: [f('endorserId'), f('personId', 'user_id'), f('skillId'), f('createdAt')],
  },
  { file: 'learning-goals', table: 'learning_goals', key: ['user_id', 'skill_id'], fields: [f('personId', 'user_id'), f('skillId'), f('createdAt')] },
  { file: 'follows', table: 'follows', key: ['follower_id', 'followee_id'], fields: [f('followerId'), f('followeeId'), f('createdAt')] },
  {
    file: 'groups',
    table: 'groups',
    key: ['id'],
    fields: [
      f('id'), f('slug'), f('name'), f('description'), f('purpose'), f('houseRules'), f('visibility'), f('postingPermission'),
      f('allowAnonymousPosts'), f('membersCanInvite'), f('createdById'), f('archivedAt'), f('createdAt'), f('updatedAt'),
    ],
  },
  { file: 'group-departments', table: 'group_departments', key: ['group_id', 'department_id'], fields: [f('groupId'), f('departmentId')] },
  { file: 'memberships', table: 'group_memberships', key: ['group_id', 'user_id'], fields: [f('groupId'), f('personId', 'user_id'), f('role'), f('joinedAt')] },
  {
    file: 'posts',
    table: 'posts',
    key: ['id'],
    // The anonymous author is never written: only whether the post is anonymous.
    fields: [
      f('id'), f('groupId'), f('authorId'), computed('anonymous', 't.anonymous_author_id IS NOT NULL'), f('type'), f('body'), f('bodyHtml'),
      f('pinnedAt'), f('acceptedReplyId'), f('pollMultipleChoice'), f('pollClosesAt'), f('moderationState'), f('electionLabel'), f('editedAt'), f('deletedAt'),
      f('createdAt'), f('updatedAt'),
    ],
  },
  { file: 'topics', table: 'post_topics', key: ['post_id', 'topic'], fields: [f('postId'), f('topic')] },
  { file: 'mentions', table: 'post_mentions', key: ['id'], fields: [f('id'), f('postId'), f('personId', 'user_id'), f('groupId')] },
  { file: 'poll-options', table: 'poll_options', key: ['id'], fields: [f('id'), f('postId'), f('position'), f('label')] },
  { file: 'poll-votes', table: 'poll_votes', key: ['option_id', 'user_id'], fields: [f('optionId'), f('personId', 'user_id'), f('postId'), f('votedAt')] },
  {
    file: 'replies',
    table: 'replies',
    key: ['id'],
    deferred: ['quoteReplyId'],
    fields: [f('id'), f('postId'), f('authorId'), f('quoteReplyId'), f('body'), f('bodyHtml'), f('moderationState'), f('editedAt'), f('deletedAt'), f('createdAt')],
  },
  { file: 'post-reactions', table: 'post_reactions', key: ['post_id', 'user_id', 'kind'], fields: [f('postId'), f('personId', 'user_id'), f('kind'), f('createdAt')] },
  { file: 'reply-reactions', table: 'reply_reactions', key: ['reply_id', 'user_id', 'kind'], fields: [f('replyId'), f('personId', 'user_id'), f('kind'), f('createdAt')] },
  {
    file: 'attachments',
    table: 'attachments',
    join: 'LEFT JOIN posts p ON p.id = t.post_id',
    key: ['id'],
    // Who uploaded a file on an anonymous post would name its author: left out.
    fields: [
      f('id'), f('uploaderId', 'uploader_id', 'CASE WHEN p.anonymous_author_id IS NOT NULL THEN NULL ELSE t.uploader_id END'), f('postId'), f('replyId'),
      f('kind'), f('fileName'), f('contentType'), f('size'), f('altText'), f('storageKey'), f('thumbnailKey'), f('moderationState'), f('createdAt'),
    ],
  },
  // Added to version 1 later (see docs/export-format.md, Changes): all optional for the importer.
  { file: 'post-revisions', table: 'post_revisions', key: ['id'], fields: [f('id'), f('postId'), f('body'), f('editedAt')] },
  { file: 'reply-revisions', table: 'reply_revisions', key: ['id'], fields: [f('id'), f('replyId'), f('body'), f('editedAt')] },
  { file: 'group-join-requests', table: 'group_join_requests', key: ['group_id', 'user_id'], fields: [f('groupId'), f('personId', 'user_id'), f('message'), f('requestedAt')] },
  {
    file: 'group-invitations',
    table: 'group_invitations',
    key: ['group_id', 'user_id'],
    fields: [f('groupId'), f('personId', 'user_id'), f('invitedById'), f('invitedAt')],
  },
  { file: 'site-settings', table: 'site_settings', key: ['key'], fields: [f('key'), f('value'), f('updatedAt')] },
  { file: 'notification-preferences', table: 'notification_preferences', key: ['user_id', 'type'], fields: [f('personId', 'user_id'), f('type'), f('delivery')] },
  {
    file: 'notification-group-preferences',
    table: 'notification_group_preferences',
    key: ['user_id', 'group_id'],
    fields: [f('personId', 'user_id'), f('groupId'), f('delivery')],
  },
  { file: 'notification-settings', table: 'notification_settings', key: ['user_id'], fields: [f('personId', 'user_id'), f('quietStart'), f('quietEnd')] },
  {
    file: 'site-document-versions',
    table: 'site_document_versions',
    key: ['id'],
    fields: [f('id'), f('kind'), f('version'), f('body'), f('material'), f('changeSummary'), f('publishedById'), f('publishedAt')],
  },
  { file: 'house-rules-acceptances', table: 'house_rules_acceptances', key: ['id'], fields: [f('id'), f('personId', 'user_id'), f('versionId'), f('acceptedAt')] },
  { file: 'profile-moderation', table: 'profile_moderation', key: ['user_id'], fields: [f('personId', 'user_id'), f('state'), f('updatedAt')] },
  {
    file: 'moderation-cases',
    table: 'moderation_cases',
    join: 'LEFT JOIN posts p ON p.id = t.post_id',
    key: ['id'],
    placeholderForWithheld: true,
    fields: withholding(
      'p.anonymous_author_id',
      [
        f('id'), f('targetType'), f('targetId'), f('postId'), f('groupId'), f('authorId'), f('status'), f('source'), f('heldBecause'), f('excerptHtml'),
        f('decisionAction'), f('decisionReason'), f('decidedAt'), f('decidedById', 'decided_by'), f('reviewNote'), f('reviewRequestedAt'), f('openedAt'), f('updatedAt'),
      ],
      ['authorId', 'decidedById'],
    ),
  },
  {
    file: 'moderation-reports',
    table: 'moderation_reports',
    join: 'JOIN moderation_cases c ON c.id = t.case_id LEFT JOIN posts p ON p.id = c.post_id',
    key: ['id'],
    placeholderForWithheld: true,
    fields: withholding('p.anonymous_author_id', [f('id'), f('caseId'), f('reporterId'), f('reason'), f('details'), f('createdAt')], ['reporterId']),
  },
  {
    file: 'moderation-case-events',
    table: 'moderation_case_events',
    join: 'JOIN moderation_cases c ON c.id = t.case_id LEFT JOIN posts p ON p.id = c.post_id',
    key: ['id'],
    placeholderForWithheld: true,
    fields: withholding('p.anonymous_author_id', [f('id'), f('caseId'), f('action'), f('reason'), f('actorId'), f('createdAt')], ['actorId']),
  },
  { file: 'watch-words', table: 'watch_words', key: ['id'], fields: [f('id'), f('phrase'), f('createdById', 'created_by'), f('createdAt')] },
  {
    file: 'election-periods',
    table: 'election_periods',
    key: ['id'],
    fields: [f('id'), f('groupId'), f('label'), f('startsAt'), f('endsAt'), f('holdForReview'), f('createdById', 'created_by'), f('createdAt')],
  },
  {
    file: 'retention-policies',
    table: 'retention_policies',
    key: ['id'],
    // `running_since` is a run in progress on this server, not the council's data.
    fields: [f('id'), f('target'), f('groupId'), f('maxAgeDays'), f('lastRunAt'), f('lastRunDeleted'), f('createdAt'), f('updatedAt')],
  },
  {
    // The audit log, last: append-only evidence, restored as it was (same ids and times).
    file: 'audit-events',
    table: 'audit_events',
    join: AUDIT_ANONYMOUS_AUTHOR,
    key: ['id'],
    fields: [
      f('id'), f('at'), f('actorId', 'actor_user_id', unlessActorHidden('actor_user_id')),
      f('actorLabel', 'actor_label', `CASE WHEN ${AUDIT_ACTOR_HIDDEN} THEN 'Anonymous author (withheld)' ELSE t.actor_label END`),
      f('action'), f('targetType'), f('targetId', 'target_id', 'CASE WHEN t.target_id = hidden.author::text THEN NULL ELSE t.target_id END'),
      f('ip', 'ip', unlessActorHidden('ip')), f('userAgent', 'user_agent', unlessActorHidden('user_agent')), f('outcome'),
      f('details', 'details', `CASE WHEN hidden.author IS NULL THEN t.details ELSE replace(replace(t.details::text, '"' || hidden.author || '"', 'null'), hidden.author::text, '')::jsonb END`),
      computed('withheld', `CASE WHEN ${AUDIT_ACTOR_HIDDEN} THEN ARRAY['actorId', 'actorLabel', 'ip', 'userAgent'] ELSE ARRAY[]::text[] END`),
    ],
  },
];

/**
 * Every other table, and why it stays out (docs/export-format.md, "What is never in the archive"):
 * secrets, sign-in machinery, caches and transient state. A new table must be exported or listed here
 * (archive-format.spec.ts checks the entities).
 */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  sessions: 'sign-in sessions hold secrets; people sign in again after an import',
  login_links: 'one-time sign-in links are secrets',
  saml_requests: 'SAML sign-ins in progress: transient',
  saml_seen_assertions: 'a replay cache of SAML assertions: transient',
  identity_providers: 'identity provider settings, keys and certificates: connected again with idp:add',
  user_identities: "links to accounts at an identity provider that is not exported; made again at sign-in (people keep their externalId)",
  scim_tokens: 'SCIM bearer tokens are secrets',
  scim_groups: "a mirror of the identity provider's groups, pushed again by SCIM",
  scim_group_members: "a mirror of the identity provider's groups, pushed again by SCIM",
  site_secrets: 'secrets (e.g. the email unsubscribe key)',
  notifications: 'transient alerts about records that are exported',
  post_views: '"seen" markers: transient',
  announcement_reads: 'read receipts: activity tracking, not content',
  council_exports: 'the export records themselves',
  rate_limit_counters: 'rate-limit counters: transient',
  socket_io_attachments: 'realtime message buffer: transient',
};

/** `files.ndjson`: one line per stored file under `files/`, written before the files themselves. */
export interface ArchiveFileLine {
  key: string;
  contentType: string;
  size: number;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  siteName: string;
  appVersion: string;
  /** Lines per NDJSON file (`people.ndjson` → 120), and `files/` → number of files. */
  counts: Record<string, number>;
  /** Files referenced by the data but missing from storage when exported. */
  missingFiles: string[];
}

/** The fixed id of the placeholder author given to anonymous posts on import (their author is not in the archive). */
export const IMPORTED_ANONYMOUS_AUTHOR_ID = '00000000-0000-4000-8000-00000000a404';

export function archiveReadme(manifest: ArchiveManifest): string {
  const counts = Object.entries(manifest.counts)
    .map(([file, count]) => `- \`${file}\`: ${count}`)
    .join('\n');
  return `# ${manifest.siteName}: Moot council export

Exported ${manifest.exportedAt} by Moot ${manifest.appVersion}.
Format \`${manifest.format}\`, version ${manifest.formatVersion}: see docs/export-format.md in the Moot repository.

Everything is in open formats you can read without Moot:

- \`manifest.json\`: what this archive is, and how many records each file holds.
- \`*.ndjson\`: one JSON object per line (newline-delimited JSON), one file per kind of record.
  Ids are UUIDs; records refer to each other by id (e.g. a post's \`groupId\`). Times are ISO 8601.
- \`files/\`: uploaded attachments and profile pictures, at the \`storageKey\`, \`thumbnailKey\` and
  avatar paths the records name; \`files.ndjson\` lists them with their content types.

Not included: sign-in sessions, secrets, identity provider settings, SCIM tokens, notifications,
read receipts, and who wrote anonymous posts (also left out of moderation records
and the audit log, which are included).

Records:
${counts}
`;
}

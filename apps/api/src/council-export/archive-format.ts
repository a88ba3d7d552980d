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
}

const f = (field: string, column: string | null = null, read?: string): ArchiveField => ({ field, column: column ?? snake(field), read });
const computed = (field: string, read: string): ArchiveField => ({ field, column: null, read });

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

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
];

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
read receipts, edit history, the audit log, and who wrote anonymous posts.

Records:
${counts}
`;
}

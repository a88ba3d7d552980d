import { gunzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { Client } from 'pg';

/** Every entry of a .tar.gz, by name. */
export async function readArchive(archive: Buffer): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const extract = tar.extract();
  Readable.from([gunzipSync(archive)]).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk);
    entries.set(entry.header.name, Buffer.concat(chunks));
  }
  return entries;
}

/** A .tar.gz made of these entries, in this order. */
export async function writeArchive(entries: Array<[string, string | Buffer]>): Promise<Buffer> {
  const { gzipSync } = await import('node:zlib');
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  for (const [name, content] of entries) pack.entry({ name }, typeof content === 'string' ? Buffer.from(content) : content);
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

export function ndjson(entries: Map<string, Buffer>, name: string): Array<Record<string, unknown>> {
  const text = entries.get(name)?.toString('utf8') ?? '';
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Rows of one query on a database, as plain JSON (timestamps as ISO text), for comparing two databases. */
export async function rowsOf(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(`SELECT coalesce(json_agg(r), '[]'::json) AS rows FROM (${sql}) r`);
    return result.rows[0].rows as unknown[];
  } finally {
    await client.end();
  }
}

/** What must survive an export and import unchanged, table by table (ordered, so comparable). */
export const COMPARED: Record<string, string> = {
  departments: 'SELECT * FROM departments ORDER BY id',
  people: `SELECT id, email, display_name, given_name, family_name, job_title, department_id, manager_id, role, status, deactivated_at, pronouns,
                  location, phone, bio, bio_html, ask_me_about, interests, contact_preference, hidden_fields, avatar_key, erased_at, created_at
           FROM users WHERE id <> '00000000-0000-4000-8000-00000000a404' ORDER BY id`,
  skills: 'SELECT * FROM skills ORDER BY id',
  personSkills: 'SELECT * FROM user_skills ORDER BY user_id, skill_id',
  follows: 'SELECT * FROM follows ORDER BY follower_id, followee_id',
  groups: `SELECT id, slug, name, description, purpose, house_rules, visibility, posting_permission, allow_anonymous_posts, members_can_invite,
                  created_by_id, archived_at, created_at, updated_at FROM groups ORDER BY id`,
  memberships: 'SELECT * FROM group_memberships ORDER BY group_id, user_id',
  posts: `SELECT id, group_id, author_id, anonymous_author_id IS NOT NULL AS anonymous, type, body, body_html, pinned_at, accepted_reply_id,
                 poll_multiple_choice, poll_closes_at, moderation_state, election_label, edited_at, deleted_at, created_at, updated_at FROM posts ORDER BY id`,
  topics: 'SELECT * FROM post_topics ORDER BY post_id, topic',
  mentions: 'SELECT * FROM post_mentions ORDER BY id',
  pollOptions: 'SELECT * FROM poll_options ORDER BY id',
  pollVotes: 'SELECT * FROM poll_votes ORDER BY option_id, user_id',
  replies: 'SELECT * FROM replies ORDER BY id',
  postReactions: 'SELECT * FROM post_reactions ORDER BY post_id, user_id, kind',
  replyReactions: 'SELECT * FROM reply_reactions ORDER BY reply_id, user_id, kind',
  attachments: `SELECT a.id, a.post_id, a.reply_id, a.kind, a.file_name, a.content_type, a.size, a.alt_text, a.storage_key, a.thumbnail_key, a.moderation_state, a.created_at,
                       CASE WHEN p.anonymous_author_id IS NULL THEN a.uploader_id END AS uploader_id
                FROM attachments a LEFT JOIN posts p ON p.id = a.post_id ORDER BY a.id`,
  postRevisions: 'SELECT * FROM post_revisions ORDER BY id',
  replyRevisions: 'SELECT * FROM reply_revisions ORDER BY id',
  groupJoinRequests: 'SELECT * FROM group_join_requests ORDER BY group_id, user_id',
  groupInvitations: 'SELECT * FROM group_invitations ORDER BY group_id, user_id',
  siteSettings: 'SELECT * FROM site_settings ORDER BY key',
  notificationPreferences: 'SELECT * FROM notification_preferences ORDER BY user_id, type',
  notificationGroupPreferences: 'SELECT * FROM notification_group_preferences ORDER BY user_id, group_id',
  notificationSettings: 'SELECT * FROM notification_settings ORDER BY user_id',
  siteDocumentVersions: 'SELECT * FROM site_document_versions ORDER BY id',
  houseRulesAcceptances: 'SELECT * FROM house_rules_acceptances ORDER BY id',
  profileModeration: 'SELECT * FROM profile_moderation ORDER BY user_id',
  // An anonymous post's author is withheld from the archive (the placeholder after import): compared as null on both sides.
  moderationCases: `SELECT c.id, c.target_type, c.target_id, c.post_id, c.group_id, c.status, c.source, c.held_because, c.excerpt_html, c.decision_action, c.decision_reason,
                           c.decided_at, c.review_note, c.review_requested_at, c.opened_at, c.updated_at,
                           CASE WHEN c.author_id = p.anonymous_author_id THEN NULL ELSE c.author_id END AS author_id,
                           CASE WHEN c.decided_by = p.anonymous_author_id THEN NULL ELSE c.decided_by END AS decided_by
                    FROM moderation_cases c LEFT JOIN posts p ON p.id = c.post_id ORDER BY c.id`,
  moderationReports: `SELECT r.id, r.case_id, r.reason, r.details, r.created_at, CASE WHEN r.reporter_id = p.anonymous_author_id THEN NULL ELSE r.reporter_id END AS reporter_id
                      FROM moderation_reports r JOIN moderation_cases c ON c.id = r.case_id LEFT JOIN posts p ON p.id = c.post_id ORDER BY r.id`,
  moderationCaseEvents: `SELECT e.id, e.case_id, e.action, e.reason, e.created_at, CASE WHEN e.actor_id = p.anonymous_author_id THEN NULL ELSE e.actor_id END AS actor_id
                         FROM moderation_case_events e JOIN moderation_cases c ON c.id = e.case_id LEFT JOIN posts p ON p.id = c.post_id ORDER BY e.id`,
  watchWords: 'SELECT * FROM watch_words ORDER BY id',
  electionPeriods: 'SELECT * FROM election_periods ORDER BY id',
  retentionPolicies: 'SELECT id, target, group_id, max_age_days, last_run_at, last_run_deleted, created_at, updated_at FROM retention_policies ORDER BY id',
};

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModerationActionType, ModerationCaseSource, ModerationCaseStatus, ReportReason, ReportTargetType } from '@moot/contracts';
import type { ModerationStateColumn } from '../authorization/authorization.service';
import { GroupEntity } from '../groups/group.entity';
import { PostEntity } from '../posts/post.entity';
import { UserEntity } from '../users/user.entity';

const STATE_CHECK = `"state" IN ('published', 'held', 'hidden', 'removed')`;

/**
 * One case per piece of content while it is open or escalated (a partial unique index), so
 * repeated reports merge. `group_id` is whose managers moderate it: null means site admins only
 * (profile content, site-wide election holds). The last decision is kept here for the author's notice.
 */
@Entity({ name: 'moderation_cases' })
@Check('CHK_moderation_cases_target_type', `"target_type" IN ('post', 'reply', 'attachment', 'profile')`)
@Check('CHK_moderation_cases_status', `"status" IN ('open', 'escalated', 'resolved')`)
@Check('CHK_moderation_cases_source', `"source" IN ('report', 'watch_list', 'election_period')`)
@Index('UQ_moderation_cases_live_target', ['targetType', 'targetId'], { unique: true, where: `"status" <> 'resolved'` })
@Index('IDX_moderation_cases_group_status', ['groupId', 'status', 'updatedAt'])
@Index('IDX_moderation_cases_status_updated', ['status', 'updatedAt', 'id'])
@Index('IDX_moderation_cases_author', ['authorId', 'decidedAt'])
export class ModerationCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType!: ReportTargetType;

  /** A post, reply, attachment or user id (no foreign key: the target kind varies). */
  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  /** The post the target belongs to (itself, its reply's or file's post); null for profiles. */
  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_moderation_cases_post' })
  post?: PostEntity | null;

  /** Whose managers moderate the case; null: site admins only. */
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_moderation_cases_group' })
  group?: GroupEntity | null;

  /** Who wrote the content (anonymous writers included): told about decisions, never shown to others. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_moderation_cases_author' })
  author?: UserEntity | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: ModerationCaseStatus;

  @Column({ type: 'varchar', length: 16 })
  source!: ModerationCaseSource;

  /** The watch-list phrase or election label that held the content. */
  @Column({ name: 'held_because', type: 'varchar', length: 200, nullable: true })
  heldBecause!: string | null;

  /** Sanitised HTML of the content when the case opened, for the moderator to read. */
  @Column({ name: 'excerpt_html', type: 'text', default: '' })
  excerptHtml!: string;

  @Column({ name: 'decision_action', type: 'varchar', length: 16, nullable: true })
  decisionAction!: ModerationActionType | 'held' | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_moderation_cases_decided_by' })
  decider?: UserEntity | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ name: 'review_requested_at', type: 'timestamptz', nullable: true })
  reviewRequestedAt!: Date | null;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One person's report in a case: the reporter is shown to moderators only. */
@Entity({ name: 'moderation_reports' })
@Check('CHK_moderation_reports_reason', `"reason" IN ('harassment', 'offensive', 'personal_data', 'misleading', 'spam', 'political', 'other')`)
@Index('UQ_moderation_reports_case_reporter', ['caseId', 'reporterId'], { unique: true })
@Index('IDX_moderation_reports_reporter', ['reporterId'])
export class ModerationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_moderation_reports_case' })
  moderationCase?: ModerationCaseEntity;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'FK_moderation_reports_reporter' })
  reporter?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  reason!: ReportReason;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  details!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** The history of a case: holds, moderators' actions and review requests, oldest first. */
@Entity({ name: 'moderation_case_events' })
@Check('CHK_moderation_case_events_action', `"action" IN ('held', 'hide', 'remove', 'warn', 'dismiss', 'approve', 'restore', 'escalate', 'review_requested')`)
@Index('IDX_moderation_case_events_case', ['caseId', 'createdAt'])
export class ModerationCaseEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => ModerationCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_moderation_case_events_case' })
  moderationCase?: ModerationCaseEntity;

  @Column({ type: 'varchar', length: 20 })
  action!: ModerationActionType | 'held' | 'review_requested';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Null for the system (a watch-list or election hold). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_moderation_case_events_actor' })
  actor?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A profile's moderation state (bio and avatar); kept apart from `users`. Absent means published. */
@Entity({ name: 'profile_moderation' })
@Check('CHK_profile_moderation_state', STATE_CHECK)
export class ProfileModerationEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_profile_moderation_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: 'published' })
  state!: ModerationStateColumn;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A watch-list phrase, stored normalised (NFKC, trimmed, single-spaced, lower case) and unique. */
@Entity({ name: 'watch_words' })
@Index('UQ_watch_words_phrase', ['phrase'], { unique: true })
export class WatchWordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  phrase!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_watch_words_created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A pre-election period for one group, or the whole site (group null). */
@Entity({ name: 'election_periods' })
@Check('CHK_election_periods_range', `"ends_at" > "starts_at"`)
@Index('IDX_election_periods_group_range', ['groupId', 'startsAt', 'endsAt'])
export class ElectionPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_election_periods_group' })
  group?: GroupEntity | null;

  @Column({ type: 'varchar', length: 120 })
  label!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'hold_for_review', type: 'boolean', default: false })
  holdForReview!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_election_periods_created_by' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const MODERATION_ENTITIES = [
  ModerationCaseEntity,
  ModerationReportEntity,
  ModerationCaseEventEntity,
  ProfileModerationEntity,
  WatchWordEntity,
  ElectionPeriodEntity,
];

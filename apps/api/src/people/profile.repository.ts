import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { ProfileGroup, ProfileSkill, SkillRef } from '@moot/contracts';
import { DataSource, Repository } from 'typeorm';
import { GroupVisibilitySql, ModerationVisibilitySql, type ModerationStateColumn } from '../authorization/authorization.service';
import { DepartmentEntity } from '../departments/department.entity';
import { UserEntity } from '../users/user.entity';

export interface ActivityRow {
  id: string;
  groupId: string | null;
  groupName: string | null;
  body: string;
  createdAt: Date;
}

export const RECENT_ACTIVITY_LIMIT = 10;

/** Every query behind a profile. Visibility of groups and posts is decided by {@link GroupVisibilitySql}. */
@Injectable()
export class ProfileRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectDataSource() private readonly database: DataSource,
  ) {}

  /** The person with department and manager (and the manager's department, for their summary). */
  findPerson(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { department: true, manager: { department: true } } });
  }

  /** Just what serving an avatar needs. */
  async findAvatarOwner(id: string): Promise<Pick<UserEntity, 'id' | 'status' | 'avatarKey'> | null> {
    const owner = await this.users.findOne({ where: { id }, select: { id: true, status: true, avatarKey: true } });
    // A moderator hid or removed this profile's content (issue #8): its avatar is served to nobody.
    if (owner && (await this.moderationState(id)) !== 'published') return { ...owner, avatarKey: null };
    return owner;
  }

  /** Where moderation left the person's profile content (bio, avatar); absent means published. */
  async moderationState(id: string): Promise<ModerationStateColumn> {
    const rows: { state: ModerationStateColumn }[] = await this.database.query(`SELECT state FROM profile_moderation WHERE user_id = $1`, [id]);
    return rows[0]?.state ?? 'published';
  }

  departmentExists(id: string): Promise<boolean> {
    return this.departments.existsBy({ id });
  }

  activePersonExists(id: string): Promise<boolean> {
    return this.users.existsBy({ id, status: 'active' });
  }

  async update(id: string, changes: Partial<UserEntity>): Promise<void> {
    await this.users.update({ id }, changes);
  }

  /**
   * Skills with counts of endorsements by active colleagues (as the endorsers list shows them) and
   * whether the viewer endorsed each; most endorsed first, then by name.
   */
  skills(personId: string, viewerId: string): Promise<ProfileSkill[]> {
    return this.database.query(
      `SELECT s.id, s.name, us.offers_help AS "offersHelp",
              count(e.endorser_id)::int AS "endorsementCount",
              coalesce(bool_or(e.endorser_id = $2), false) AS "endorsedByMe"
         FROM user_skills us
         JOIN skills s ON s.id = us.skill_id
         LEFT JOIN (skill_endorsements e JOIN users endorser ON endorser.id = e.endorser_id AND endorser.status = 'active')
                ON e.user_id = us.user_id AND e.skill_id = us.skill_id
        WHERE us.user_id = $1
        GROUP BY s.id, s.name, us.offers_help
        ORDER BY "endorsementCount" DESC, lower(s.name), s.id`,
      [personId, viewerId],
    );
  }

  learning(personId: string): Promise<SkillRef[]> {
    return this.database.query(
      `SELECT s.id, s.name FROM learning_goals lg JOIN skills s ON s.id = lg.skill_id WHERE lg.user_id = $1 ORDER BY lower(s.name), s.id`,
      [personId],
    );
  }

  /** The person's groups whose membership the viewer may see: open ones, and those the viewer is in. */
  groups(personId: string, viewerId: string): Promise<ProfileGroup[]> {
    return this.database.query(
      `SELECT g.id, g.slug, g.name, g.visibility, m.role
         FROM group_memberships m
         JOIN groups g ON g.id = m.group_id
        WHERE m.user_id = $1
          AND g.archived_at IS NULL
          AND ${GroupVisibilitySql.canSeeGroupContent('g', '$2')}
        ORDER BY lower(g.name), g.id`,
      [personId, viewerId],
    );
  }

  /** The person's latest posts the viewer may read: profile posts, and posts in groups whose content they may see. */
  recentPosts(personId: string, viewerId: string): Promise<ActivityRow[]> {
    return this.database.query(
      `SELECT p.id, p.group_id AS "groupId", g.name AS "groupName", p.body, p.created_at AS "createdAt"
         FROM posts p
         LEFT JOIN groups g ON g.id = p.group_id
        WHERE p.author_id = $1 AND p.deleted_at IS NULL AND ${ModerationVisibilitySql.published('p', '$2')}
          AND (p.group_id IS NULL OR ${GroupVisibilitySql.canSeeGroupContent('g', '$2')})
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT ${RECENT_ACTIVITY_LIMIT}`,
      [personId, viewerId],
    );
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MarkdownService } from '../common/markdown/markdown.service';
import { DepartmentEntity } from '../departments/department.entity';
import { FollowEntity } from '../follows/follow.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { GroupEntity } from '../groups/group.entity';
import { PostEntity } from '../posts/post.entity';
import { LearningGoalEntity } from '../skills/learning-goal.entity';
import { SkillEndorsementEntity } from '../skills/skill-endorsement.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserSkillEntity } from '../skills/user-skill.entity';
import { UserEntity } from '../users/user.entity';
import { normaliseSkillName } from '../skills/skill-name';
import { DEMO_DEPARTMENTS, DEMO_EMAIL_DOMAIN, DEMO_GROUPS, DEMO_PEOPLE, DemoPerson } from './demo-council';
import { seedSiteDocuments } from './default-site-documents';
import { DEMO_FOLLOWS, DEMO_PROFILES, demoEndorsements } from './demo-profiles';

const SEED_LOCK_KEY = 7_340_002;

export function demoEmail(person: Pick<DemoPerson, 'given' | 'family'>): string {
  const local = `${person.given}.${person.family}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Fills an empty database with the demo council, once, even when several instances start together. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly markdown: MarkdownService,
  ) {}

  /** Returns true when it seeded; false when the database already had people in it. */
  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await manager.count(UserEntity)) > 0) return false;
      await this.seed(manager);
      this.logger.log(`seeded the demo council: ${DEMO_PEOPLE.length} staff, ${DEMO_GROUPS.length} groups`);
      return true;
    });
  }

  private async seed(manager: EntityManager): Promise<void> {
    const departments = new Map<string, DepartmentEntity>();
    for (const name of DEMO_DEPARTMENTS) {
      departments.set(name, await manager.save(manager.create(DepartmentEntity, { name, slug: slugify(name) })));
    }

    const skills = new Map<string, SkillEntity>();
    for (const name of new Set(DEMO_PEOPLE.flatMap((person) => person.skills))) {
      skills.set(name, await manager.save(manager.create(SkillEntity, { name, normalisedName: normaliseSkillName(name) })));
    }

    const skillNamed = (name: string): SkillEntity => {
      const skill = skills.get(name);
      if (!skill) throw new Error(`demo data names an unknown skill: ${name}`);
      return skill;
    };

    const people = new Map<string, UserEntity>();
    for (const person of DEMO_PEOPLE) {
      const profile = DEMO_PROFILES[`${person.given} ${person.family}`];
      const user = await manager.save(
        manager.create(UserEntity, {
          email: demoEmail(person),
          displayName: `${person.given} ${person.family}`,
          givenName: person.given,
          familyName: person.family,
          jobTitle: person.jobTitle,
          departmentId: departments.get(person.department)?.id ?? null,
          role: person.admin ? 'admin' : 'member',
          status: 'active',
          bio: profile?.bio ?? '',
          bioHtml: profile ? this.markdown.render(profile.bio) : '',
          askMeAbout: profile?.askMeAbout ?? [],
          interests: profile?.interests ?? [],
          location: profile?.location ?? null,
          workingPattern: profile?.workingPattern ?? null,
          pronouns: profile?.pronouns ?? null,
          hiddenFields: profile?.hidesLocation ? ['location'] : [],
        }),
      );
      people.set(user.displayName, user);
      await manager.insert(
        UserSkillEntity,
        person.skills.map((skill) => ({ userId: user.id, skillId: skillNamed(skill).id, offersHelp: profile?.helps?.includes(skill) ?? false })),
      );
    }

    const personNamed = (name: string): UserEntity => {
      const user = people.get(name);
      if (!user) throw new Error(`demo data names an unknown person: ${name}`);
      return user;
    };

    await this.seedSkillsExchange(manager, personNamed, skillNamed);
    await seedSiteDocuments(manager, [...people.values()].find((user) => user.role === 'admin')?.id ?? null);

    // Stagger post times over the past fortnight so feeds look lived-in.
    let minutesAgo = 14 * 24 * 60;
    for (const demo of DEMO_GROUPS) {
      const owner = personNamed(demo.owner);
      const group = await manager.save(
        manager.create(GroupEntity, { slug: demo.slug, name: demo.name, description: demo.description, visibility: demo.visibility, createdById: owner.id }),
      );
      await manager.insert(GroupMembershipEntity, [
        { groupId: group.id, userId: owner.id, role: 'owner' },
        ...demo.members.map((name) => ({ groupId: group.id, userId: personNamed(name).id, role: 'member' as const })),
      ]);
      for (const post of demo.posts) {
        minutesAgo -= 7 * 60 + 13;
        const at = new Date(Date.now() - minutesAgo * 60_000);
        await manager.insert(PostEntity, { groupId: group.id, authorId: personNamed(post.author).id, body: post.body, createdAt: at, updatedAt: at });
      }
    }
  }

  /** Learning goals (matched by others' offers), endorsements between colleagues, a few follows. */
  private async seedSkillsExchange(manager: EntityManager, personNamed: (name: string) => UserEntity, skillNamed: (name: string) => SkillEntity): Promise<void> {
    for (const [name, profile] of Object.entries(DEMO_PROFILES)) {
      for (const skill of profile.learning ?? []) {
        await manager.insert(LearningGoalEntity, { userId: personNamed(name).id, skillId: skillNamed(skill).id });
      }
    }
    for (const { endorser, person, skill } of demoEndorsements()) {
      await manager.insert(SkillEndorsementEntity, { endorserId: personNamed(endorser).id, userId: personNamed(person).id, skillId: skillNamed(skill).id });
    }
    for (const [follower, followee] of DEMO_FOLLOWS) {
      await manager.insert(FollowEntity, { followerId: personNamed(follower).id, followeeId: personNamed(followee).id });
    }
  }
}

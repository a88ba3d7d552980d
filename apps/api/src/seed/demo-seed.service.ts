import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { GroupEntity } from '../groups/group.entity';
import { PostEntity } from '../posts/post.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserSkillEntity } from '../skills/user-skill.entity';
import { UserEntity } from '../users/user.entity';
import { normaliseSkillName } from '../skills/skill-name';
import { DEMO_DEPARTMENTS, DEMO_EMAIL_DOMAIN, DEMO_GROUPS, DEMO_PEOPLE, DemoPerson } from './demo-council';

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

  constructor(private readonly dataSource: DataSource) {}

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

    const people = new Map<string, UserEntity>();
    for (const person of DEMO_PEOPLE) {
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
        }),
      );
      people.set(user.displayName, user);
      await manager.insert(
        UserSkillEntity,
        person.skills.map((skill) => ({ userId: user.id, skillId: (skills.get(skill) as SkillEntity).id })),
      );
    }

    const personNamed = (name: string): UserEntity => {
      const user = people.get(name);
      if (!user) throw new Error(`demo data names an unknown person: ${name}`);
      return user;
    };

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
}

import { INestApplication } from '@nestjs/common';
import { Person, postsFixtures } from './posts-fixtures';

type Group = { id: string; slug: string };

/** Who both moderation specs start from: a team with an owner, a manager and three members, plus a site admin. */
export interface ModerationCast {
  owner: Person;
  manager: Person;
  alice: Person;
  bob: Person;
  carol: Person;
  admin: Person;
  team: Group;
}

type CastMember = 'manager' | 'alice' | 'bob' | 'carol';

/** The discussion fixtures plus {@link ModerationCast}, for the moderation specs. */
export function moderationFixtures(app: () => INestApplication) {
  const fixtures = postsFixtures(app);
  const cast = async (teamType: 'open' | 'closed', displayNames: Partial<Record<CastMember, string>> = {}): Promise<ModerationCast> => {
    const named = (who: CastMember) => fixtures.person(displayNames[who] ? { displayName: displayNames[who] } : {});
    const owner = await fixtures.person();
    const manager = await named('manager');
    const alice = await named('alice');
    const bob = await named('bob');
    const carol = await named('carol');
    const admin = await fixtures.person({ role: 'admin' });
    const team = await fixtures.group(owner, teamType, [{ person: manager, role: 'manager' }, { person: alice }, { person: bob }, { person: carol }]);
    return { owner, manager, alice, bob, carol, admin, team };
  };
  return { ...fixtures, cast };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it finds something: notifications and search updates arrive after the response. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what = 'condition'): Promise<T> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const found = await probe();
    if (found !== undefined) return found;
    await pause(50);
  }
  throw new Error(`${what} never met`);
}

import { Injectable } from '@nestjs/common';
import type { PersonSummary } from '@moot/contracts';
import { isPersonId } from '../people/person-id';
import { PeopleException } from '../people/people.exception';
import { toPersonSummary } from '../people/person-summary';
import { FollowRepository } from './follow.repository';

export interface FollowFacts {
  followedByMe: boolean;
  followerCount: number;
}

@Injectable()
export class FollowsService {
  constructor(private readonly follows: FollowRepository) {}

  async follow(viewerId: string, personId: string): Promise<void> {
    if (!isPersonId(personId)) throw PeopleException.notFound();
    if (personId === viewerId) throw PeopleException.cannotFollowSelf();
    const person = await this.follows.findPerson(personId);
    if (!person || person.status !== 'active') throw PeopleException.notFound();
    await this.follows.follow(viewerId, personId);
  }

  /** Idempotent, and allowed for former colleagues, so nobody is stuck following them. */
  async unfollow(viewerId: string, personId: string): Promise<void> {
    if (!isPersonId(personId)) throw PeopleException.notFound();
    if (personId === viewerId) throw PeopleException.cannotFollowSelf();
    await this.follows.unfollow(viewerId, personId);
  }

  async following(viewerId: string): Promise<PersonSummary[]> {
    return (await this.follows.following(viewerId)).map(toPersonSummary);
  }

  async factsFor(viewerId: string, personId: string): Promise<FollowFacts> {
    const [followedByMe, followerCount] = await Promise.all([this.follows.isFollowing(viewerId, personId), this.follows.countFollowers(personId)]);
    return { followedByMe, followerCount };
  }
}

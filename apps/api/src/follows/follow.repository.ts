import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { FollowEntity } from './follow.entity';

@Injectable()
export class FollowRepository {
  constructor(
    @InjectRepository(FollowEntity) private readonly follows: Repository<FollowEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  /** Idempotent: following twice leaves one row. */
  async follow(followerId: string, followeeId: string): Promise<void> {
    await this.follows.createQueryBuilder().insert().values({ followerId, followeeId }).orIgnore().execute();
  }

  async unfollow(followerId: string, followeeId: string): Promise<void> {
    await this.follows.delete({ followerId, followeeId });
  }

  isFollowing(followerId: string, followeeId: string): Promise<boolean> {
    return this.follows.existsBy({ followerId, followeeId });
  }

  /** Active followers only: a former colleague no longer follows anyone. */
  countFollowers(followeeId: string): Promise<number> {
    return this.follows
      .createQueryBuilder('f')
      .innerJoin(UserEntity, 'u', 'u.id = f.follower_id')
      .where('f.followee_id = :followeeId', { followeeId })
      .andWhere("u.status = 'active'")
      .getCount();
  }

  /** The people someone follows, by name; former colleagues stay listed so they can be unfollowed. */
  following(followerId: string): Promise<UserEntity[]> {
    return this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.department', 'd')
      .innerJoin(FollowEntity, 'f', 'f.followee_id = u.id AND f.follower_id = :followerId', { followerId })
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  findPerson(id: string): Promise<Pick<UserEntity, 'id' | 'status'> | null> {
    return this.users.findOne({ where: { id }, select: { id: true, status: true } });
  }
}

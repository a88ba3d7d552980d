import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, IsNull, QueryFailedError, Repository } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { ScimPage } from './scim-list';

export type ScimUserLookup = { email: string } | { externalId: string };

/** True when PostgreSQL refused a write on a unique index (a concurrent create, usually). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}

/**
 * The queries SCIM provisioning needs on `users`. Erased people are invisible to SCIM: their row
 * stays only so colleagues' content can point at it, and no client may write a name back onto it.
 */
@Injectable()
export class ScimUserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, erasedAt: IsNull() }, relations: { department: true } });
  }

  findOneBy(lookup: ScimUserLookup): Promise<UserEntity | null> {
    return this.users.findOne({ where: { ...lookup, erasedAt: IsNull() }, relations: { department: true } });
  }

  /** A page in creation order (stable, so index-based paging does not skip or repeat). */
  async list(lookup: ScimUserLookup | null, page: ScimPage): Promise<{ users: UserEntity[]; total: number }> {
    const where: FindOptionsWhere<UserEntity> = { ...lookup, erasedAt: IsNull() };
    if (page.count === 0) return { users: [], total: await this.users.countBy(where) };
    const [users, total] = await this.users.findAndCount({
      where,
      relations: { department: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: page.startIndex - 1,
      take: page.count,
    });
    return { users, total };
  }

  async insert(user: Partial<UserEntity>): Promise<string> {
    const saved = await this.users.save(this.users.create(user));
    return saved.id;
  }

  async update(id: string, changes: Partial<UserEntity>): Promise<void> {
    await this.users.update({ id }, changes);
  }

  /** Of the given ids, those that are users (for group membership). */
  async existingIds(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.users.query('SELECT id FROM users WHERE id = ANY($1::uuid[])', [ids]);
    return rows.map((row) => row.id);
  }
}

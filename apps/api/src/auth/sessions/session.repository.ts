import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { returningRows } from '../../database/returning-rows';
import { UserEntity } from '../../users/user.entity';
import { SessionEntity } from './session.entity';

export interface SessionWithUser {
  session: SessionEntity;
  user: UserEntity;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  async insert(session: Omit<SessionEntity, 'createdAt' | 'user'>): Promise<void> {
    await this.sessions.insert(session);
  }

  async findWithUser(tokenHash: string): Promise<SessionWithUser | null> {
    const session = await this.sessions.findOne({ where: { tokenHash }, relations: { user: { department: true } } });
    if (!session?.user) return null;
    return { session, user: session.user };
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.sessions.update({ tokenHash }, { lastSeenAt: at });
  }

  async deleteOne(tokenHash: string): Promise<SessionEntity | null> {
    const rows = returningRows<SessionEntity>(
      await this.sessions.query('DELETE FROM sessions WHERE token_hash = $1 RETURNING public_id AS "publicId", user_id AS "userId"', [tokenHash]),
    );
    return rows[0] ?? null;
  }

  /** Deletes every session of a person; returns their public ids. */
  async deleteAllForUser(userId: string): Promise<string[]> {
    const rows = returningRows<{ publicId: string }>(
      await this.sessions.query('DELETE FROM sessions WHERE user_id = $1 RETURNING public_id AS "publicId"', [userId]),
    );
    return rows.map((row) => row.publicId);
  }

  async deleteForIdentity(identityProviderId: string, nameId: string, sessionIndex: string | null): Promise<{ userId: string; publicId: string }[]> {
    return returningRows(await this.sessions.query(
      `DELETE FROM sessions WHERE identity_provider_id = $1 AND saml_name_id = $2 AND ($3::text IS NULL OR saml_session_index = $3)
       RETURNING user_id AS "userId", public_id AS "publicId"`,
      [identityProviderId, nameId, sessionIndex],
    ));
  }

  async deleteAllForIdentityProvider(identityProviderId: string): Promise<{ userId: string; publicId: string }[]> {
    return returningRows(
      await this.sessions.query(
        'DELETE FROM sessions WHERE identity_provider_id = $1 RETURNING user_id AS "userId", public_id AS "publicId"',
        [identityProviderId],
      ),
    );
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.sessions.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}

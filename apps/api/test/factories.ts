import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions/session.service';
import { UserEntity } from '../src/users/user.entity';

/** A person in the test database; unique email unless given. */
export async function createUser(app: INestApplication, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  const repository = app.get(DataSource).getRepository(UserEntity);
  const suffix = randomBytes(4).toString('hex');
  return repository.save(
    repository.create({
      email: `person.${suffix}@northbridge.example`,
      displayName: `Person ${suffix}`,
      role: 'member',
      status: 'active',
      ...overrides,
    }),
  );
}

export interface SignedIn {
  /** Value for the `Cookie` header. */
  cookie: string;
  /** Value for the `x-csrf-token` header. */
  csrf: string;
  token: string;
  sessionPublicId: string;
}

/** A live session for a person, as if they had signed in. */
export async function signInAs(app: INestApplication, user: Pick<UserEntity, 'id'>): Promise<SignedIn> {
  const { token, session } = await app.get(SessionService).create({ userId: user.id, method: 'login-link' });
  return { cookie: `moot_session=${token}`, csrf: session.csrfToken, token, sessionPublicId: session.publicId };
}

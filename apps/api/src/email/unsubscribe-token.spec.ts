import { randomBytes } from 'node:crypto';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const secret = randomBytes(32);
  const claim = { userId: '4b0e7d1c-2a3b-4c5d-8e9f-0a1b2c3d4e5f', type: 'mention' as const, expiresAt: Math.floor(Date.now() / 1000) + 3600 };

  it('verifies a token it signed', () => {
    expect(verifyUnsubscribeToken(secret, signUnsubscribeToken(secret, claim))).toEqual(claim);
  });

  it('refuses a token whose payload was changed', () => {
    const [, signature] = signUnsubscribeToken(secret, claim).split('.');
    const forged = Buffer.from(`${claim.userId}.reply.${claim.expiresAt}`).toString('base64url');
    expect(verifyUnsubscribeToken(secret, `${forged}.${signature}`)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyUnsubscribeToken(randomBytes(32), signUnsubscribeToken(secret, claim))).toBeNull();
  });

  it('refuses an expired token', () => {
    const token = signUnsubscribeToken(secret, claim);
    expect(verifyUnsubscribeToken(secret, token, new Date((claim.expiresAt + 1) * 1000))).toBeNull();
  });

  it.each(['', 'abc', 'a.b.c', '..'])('refuses the malformed token %p', (token) => {
    expect(verifyUnsubscribeToken(secret, token)).toBeNull();
  });
});

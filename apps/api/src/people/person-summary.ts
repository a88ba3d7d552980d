import type { PersonSummary } from '@moot/contracts';
import type { UserEntity } from '../users/user.entity';

/** The URL of a person's avatar at 128px, versioned so browsers refetch after a change. */
export function avatarUrlOf(user: Pick<UserEntity, 'id' | 'avatarKey'>, size: 64 | 128 | 256 = 128): string | null {
  if (!user.avatarKey) return null;
  const version = user.avatarKey.slice(user.avatarKey.lastIndexOf('/') + 1);
  return `/api/people/${user.id}/avatar?size=${size}&v=${encodeURIComponent(version)}`;
}

/**
 * How a person appears in lists, cards and mentions. A deactivated person is a "former
 * colleague": their name stays (so conversations still read), nothing else does.
 */
export function toPersonSummary(user: Pick<UserEntity, 'id' | 'displayName' | 'jobTitle' | 'status' | 'avatarKey'> & { department?: UserEntity['department'] }): PersonSummary {
  const former = user.status !== 'active';
  return {
    id: user.id,
    displayName: user.displayName,
    jobTitle: former ? null : user.jobTitle,
    department: !former && user.department ? { id: user.department.id, name: user.department.name, slug: user.department.slug } : null,
    avatarUrl: former ? null : avatarUrlOf(user),
    formerColleague: former,
  };
}

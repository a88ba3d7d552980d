import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { AvatarResponse, AvatarSize } from '@moot/contracts';
import { FileStorage } from '../storage/file-storage';
import { renderAvatar } from './avatar-image';
import { PeopleException } from './people.exception';
import { isPersonId } from './person-id';
import { avatarUrlOf } from './person-summary';
import { ProfileRepository } from './profile.repository';

const WEBP = 'image/webp';

const renditionKey = (avatarKey: string, size: AvatarSize): string => `${avatarKey}/${size}.webp`;

/** Avatars: checked and resized on upload, stored as versioned renditions, served to staff. */
@Injectable()
export class AvatarService {
  constructor(
    private readonly profiles: ProfileRepository,
    private readonly storage: FileStorage,
  ) {}

  async upload(userId: string, upload: Buffer | undefined): Promise<AvatarResponse> {
    if (!upload) throw PeopleException.avatarMissing();
    const renditions = await renderAvatar(upload);
    // A new version each time: URLs carry it, so browsers never show a stale face.
    const avatarKey = `avatars/${userId}/${randomBytes(8).toString('hex')}`;
    await Promise.all([...renditions].map(([size, image]) => this.storage.put(renditionKey(avatarKey, size), image, WEBP)));
    const previous = await this.currentKey(userId);
    await this.profiles.update(userId, { avatarKey });
    if (previous) await this.storage.deletePrefix(`${previous}/`);
    return { avatarUrl: avatarUrlOf({ id: userId, avatarKey })! };
  }

  async remove(userId: string): Promise<void> {
    const previous = await this.currentKey(userId);
    if (!previous) return;
    await this.profiles.update(userId, { avatarKey: null });
    await this.storage.deletePrefix(`${previous}/`);
  }

  /** One rendition; 404 when the person is unknown, a former colleague, or has no avatar. */
  async open(personId: string, size: AvatarSize): Promise<{ stream: Readable; size: number }> {
    const person = isPersonId(personId) ? await this.profiles.findAvatarOwner(personId) : null;
    if (!person || person.status !== 'active' || !person.avatarKey) throw PeopleException.notFound();
    const file = await this.storage.get(renditionKey(person.avatarKey, size));
    if (!file) throw PeopleException.notFound();
    return { stream: file.stream, size: file.size };
  }

  private async currentKey(userId: string): Promise<string | null> {
    return (await this.profiles.findAvatarOwner(userId))?.avatarKey ?? null;
  }
}

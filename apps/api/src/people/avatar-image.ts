import { AVATAR_MAX_BYTES, AVATAR_SIZES, type AvatarSize } from '@moot/contracts';
import sharp from 'sharp';
import { PeopleException } from './people.exception';

/** Decided by the decoded bytes, never by the file name or the client's content type. */
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
export const AVATAR_MAX_PIXELS = 40_000_000;

export type AvatarRenditions = Map<AvatarSize, Buffer>;

/**
 * Turns an uploaded image into square WebP renditions. Orientation from EXIF is applied, then
 * all metadata (EXIF, GPS, ICC comments) is dropped: sharp writes none unless asked to.
 */
export async function renderAvatar(upload: Buffer): Promise<AvatarRenditions> {
  if (upload.length > AVATAR_MAX_BYTES) throw PeopleException.avatarTooLarge();
  const metadata = await sharp(upload, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!metadata?.format || !ACCEPTED_FORMATS.has(metadata.format)) throw PeopleException.avatarUnsupportedType(metadata?.format ?? null);
  if ((metadata.pages ?? 1) > 1) throw PeopleException.avatarUnusable('animated images are not supported; choose a still image');
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > AVATAR_MAX_PIXELS) throw PeopleException.avatarUnusable(`it has more than ${AVATAR_MAX_PIXELS / 1_000_000} megapixels`);

  const base = sharp(upload, { limitInputPixels: AVATAR_MAX_PIXELS, failOn: 'error' }).rotate();
  try {
    const renditions = await Promise.all(
      AVATAR_SIZES.map(async (size) => [size, await base.clone().resize(size, size, { fit: 'cover' }).webp({ quality: 82 }).toBuffer()] as const),
    );
    return new Map(renditions);
  } catch {
    // The header looked right but the pixels do not decode: truncated or corrupt.
    throw PeopleException.avatarUnusable('the image data is damaged or incomplete');
  }
}

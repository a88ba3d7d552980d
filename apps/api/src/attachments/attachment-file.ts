import sharp from 'sharp';
import { ATTACHMENT_MAX_BYTES } from '@moot/contracts';
import type { AttachmentKind } from './attachment.entity';
import { AttachmentException } from './attachment.exception';
import { sniffDocument } from './document-sniffer';

export const ATTACHMENT_MAX_PIXELS = 50_000_000;
export const THUMBNAIL_WIDTH = 400;
const ALT_TEXT_MAX = 300;
const FILE_NAME_MAX = 200;

/** Output of each accepted image format: EXIF and other metadata never survive re-encoding. */
const IMAGE_OUTPUTS: Record<string, { format: 'png' | 'jpeg' | 'webp'; contentType: string; extension: string }> = {
  png: { format: 'png', contentType: 'image/png', extension: 'png' },
  jpeg: { format: 'jpeg', contentType: 'image/jpeg', extension: 'jpg' },
  webp: { format: 'webp', contentType: 'image/webp', extension: 'webp' },
  // GIFs become a still WebP of their first frame.
  gif: { format: 'webp', contentType: 'image/webp', extension: 'webp' },
};

export interface PreparedAttachment {
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  extension: string;
  data: Buffer;
  thumbnail: Buffer | null;
  altText: string | null;
}

/** Checks an upload and turns it into what is stored. The bytes decide the type, never the name. */
export async function prepareAttachment(upload: Buffer, originalName: string, altText: string | undefined): Promise<PreparedAttachment> {
  if (upload.length > ATTACHMENT_MAX_BYTES) throw AttachmentException.tooLarge();
  if (upload.length === 0) throw AttachmentException.unusable('the file is empty');
  const name = sanitiseFileName(originalName);
  const metadata = await sharp(upload, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (metadata?.format === 'svg') throw AttachmentException.unsupportedType('an SVG image (it can carry scripts)');
  const output = metadata?.format ? IMAGE_OUTPUTS[metadata.format] : undefined;
  // Other formats libvips reads (TIFF, HEIF, PPM...) fall through: binary ones are refused below.
  if (metadata && output) {
    const alt = checkAltText(altText);
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > ATTACHMENT_MAX_PIXELS) {
      throw AttachmentException.unusable(`the image has more than ${ATTACHMENT_MAX_PIXELS / 1_000_000} megapixels`);
    }
    const { data, thumbnail } = await renderImage(upload, output.format);
    return { kind: 'image', fileName: withExtension(name, output.extension), contentType: output.contentType, extension: output.extension, data, thumbnail, altText: alt };
  }
  const document = sniffDocument(upload, name);
  if ('refused' in document) throw AttachmentException.unsupportedType(document.refused);
  return { kind: 'document', fileName: withExtension(name, document.extension), contentType: document.contentType, extension: document.extension, data: upload, thumbnail: null, altText: null };
}

async function renderImage(upload: Buffer, format: 'png' | 'jpeg' | 'webp'): Promise<{ data: Buffer; thumbnail: Buffer }> {
  // rotate() bakes in the EXIF orientation before the metadata is dropped.
  const base = sharp(upload, { limitInputPixels: ATTACHMENT_MAX_PIXELS, failOn: 'error' }).rotate();
  try {
    const [data, thumbnail] = await Promise.all([
      base.clone().toFormat(format, format === 'png' ? {} : { quality: 85 }).toBuffer(),
      base.clone().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    ]);
    return { data, thumbnail };
  } catch {
    throw AttachmentException.unusable('the image data is damaged or incomplete');
  }
}

function checkAltText(altText: string | undefined): string {
  const trimmed = altText?.trim() ?? '';
  if (trimmed.length === 0) throw AttachmentException.altText('is required for images: describe the image for people who cannot see it');
  if (trimmed.length > ALT_TEXT_MAX) throw AttachmentException.altText(`must be at most ${ALT_TEXT_MAX} characters`);
  return trimmed;
}

/**
 * A display name safe in headers and on every file system: no path, no control or reserved
 * characters, at most 200 characters. Multer decodes multipart names as Latin-1; UTF-8 is restored.
 */
export function sanitiseFileName(raw: string): string {
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  const decoded = utf8.includes('\uFFFD') ? raw : utf8;
  const base = decoded.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned || 'attachment';
}

/** The name with the extension of what the file really is (a GIF stored as WebP says so). */
function withExtension(name: string, extension: string): string {
  const stem = name.replace(/\.[A-Za-z0-9]{1,8}$/, '') || 'attachment';
  const suffix = `.${extension}`;
  return `${stem.slice(0, FILE_NAME_MAX - suffix.length).trim()}${suffix}`;
}

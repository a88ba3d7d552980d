import type { AttachmentView } from '@moot/contracts';
import type { AttachmentEntity } from './attachment.entity';

export const attachmentUrlOf = (id: string): string => `/api/attachments/${id}`;

export function toAttachmentView(attachment: AttachmentEntity): AttachmentView {
  return {
    id: attachment.id,
    kind: attachment.kind,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size,
    altText: attachment.altText,
    url: attachmentUrlOf(attachment.id),
    thumbnailUrl: attachment.thumbnailKey ? `${attachmentUrlOf(attachment.id)}/thumbnail` : null,
  };
}

/** `Content-Disposition` with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDispositionOf(attachment: Pick<AttachmentEntity, 'kind' | 'fileName'>, variant: 'original' | 'thumbnail'): string {
  const type = attachment.kind === 'image' ? 'inline' : 'attachment';
  const name = variant === 'thumbnail' ? attachment.fileName.replace(/\.[^.]+$/, '') + '-thumbnail.webp' : attachment.fileName;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

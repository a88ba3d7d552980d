import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { PersonalDataFormat } from '@moot/contracts';
import { attachmentUrlOf } from '../../attachments/attachment.mapper';
import { AuditActor, AuditOrigin, AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { DataRightsException } from '../data-rights.exception';
import { PERSONAL_DATA_SECTIONS, PersonalDataSection } from './personal-data-sections';
import { writerFor } from './personal-data-writers';
import { DataRow, PersonalDataRepository } from './personal-data.repository';

/** Downloads one person may start per hour: each one reads their whole history. */
export const PERSONAL_DATA_DOWNLOADS_PER_HOUR = 10;

export interface PreparedDownload {
  fileName: string;
  contentType: string;
  /** Writes the document to `out`, with backpressure; resolves when done or the client has gone. */
  write(out: Writable): Promise<void>;
}

/** A file name safe in a header: `moot-<name>-<date>.<ext>`. */
export function downloadFileName(displayName: string, date: Date, format: PersonalDataFormat): string {
  const name =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'person';
  return `moot-${name}-${date.toISOString().slice(0, 10)}.${format}`;
}

/** "Download your data" (UK GDPR right of access): everything a person wrote, and their profile. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly repository: PersonalDataRepository,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Seconds until this person may download again, or null when they may now. It reads the audit
   * log, so the limit holds across every API instance.
   */
  async retryAfterSeconds(userId: string): Promise<number | null> {
    const recent = await this.repository.recentDownloads(userId);
    if (recent.count < PERSONAL_DATA_DOWNLOADS_PER_HOUR) return null;
    return Math.max(1, Math.ceil(((recent.oldest?.getTime() ?? Date.now()) + 3_600_000 - Date.now()) / 1000));
  }

  /** Records the audit row before anything is streamed, so refusals are still proper JSON errors. */
  async prepare(userId: string, format: PersonalDataFormat, actor: AuditActor, origin: AuditOrigin): Promise<PreparedDownload> {
    const profile = await this.repository.profile(userId);
    if (!profile) throw DataRightsException.personNotFound();
    const sections: PersonalDataSection[] = [];
    for (const section of PERSONAL_DATA_SECTIONS) {
      if (!section.requiresTable || (await this.repository.tableExists(section.requiresTable))) sections.push(section);
    }
    await this.audit.record({ actor, origin, action: 'personal_data.download', target: { type: 'user', id: userId }, details: { format } });
    const generatedAt = new Date();
    const writer = writerFor(format);
    const displayName = String(profile['displayName']);
    return {
      fileName: downloadFileName(displayName, generatedAt, format),
      contentType: writer.contentType,
      write: async (out) => {
        const send = async (chunk: string): Promise<boolean> => {
          if (out.destroyed) return false;
          if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
          return !out.destroyed;
        };
        if (!(await send(writer.start({ displayName, generatedAt, siteUrl: this.config.publicUrl, sections }, profile)))) return;
        for (const section of sections) {
          if (!(await send(writer.sectionStart(section)))) return;
          let written = 0;
          for await (const batch of this.repository.batches(section, userId)) {
            if (!(await send(writer.rows(section, await this.enrich(section, batch), written)))) return;
            written += batch.length;
          }
          if (!(await send(writer.sectionEnd(section, written)))) return;
        }
        await send(writer.end());
        out.end();
      },
    };
  }

  /** Links (absolute, so they work from the saved file) and the files of posts and replies. */
  private async enrich(section: PersonalDataSection, rows: DataRow[]): Promise<DataRow[]> {
    const site = this.config.publicUrl.replace(/\/+$/, '');
    if (section.key === 'attachments') return rows.map((row) => ({ ...row, url: `${site}${attachmentUrlOf(String(row['id']))}` }));
    if (!section.attachmentsOf) return rows;
    const files = await this.repository.attachmentsOf(
      section.attachmentsOf,
      rows.map((row) => String(row['id'])),
    );
    return rows.map((row) => ({
      ...row,
      link: `${site}/posts/${String(section.key === 'posts' ? row['id'] : row['postId'])}`,
      attachments: files
        .filter((file) => file.ownerId === row['id'])
        .map(({ ownerId, ...file }) => ({ ...file, url: `${site}${attachmentUrlOf(file.id)}` })),
    }));
  }
}

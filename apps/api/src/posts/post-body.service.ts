import { Injectable } from '@nestjs/common';
import { MarkdownService } from '../common/markdown/markdown.service';
import { MentionRepository } from './mention.repository';

export interface RenderedBody {
  html: string;
  userIds: string[];
  groupIds: string[];
  topics: string[];
}

const MAX_MENTIONS = 50;
const MAX_TOPICS = 20;
/** Fenced blocks and inline code: mentions and topics inside them stay literal. */
const CODE = /(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`)/;
const TOKEN_MENTION = /@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/g;
const PLAIN_MENTION = /(^|[^\w.@/[])@([a-zA-Z0-9](?:[a-zA-Z0-9._'-]{0,78}[a-zA-Z0-9])?)/g;
const TOPIC = /(^|[^\w&#/[])#([a-zA-Z0-9-]{1,50})(?![\w-])/g;

const escapeLabel = (text: string): string => text.replace(/[[\]\\*_`<>]/g, (char) => `\\${char}`);

/**
 * Turns a post or reply's markdown into stored HTML: `@[Name](user-id)` tokens from the composer
 * and plain `@first.last` become links to active people, `@group-slug` to groups the author may
 * see, `#topic` to topic pages; the rest is MarkdownService's sanitised CommonMark.
 */
@Injectable()
export class PostBodyService {
  constructor(
    private readonly markdown: MarkdownService,
    private readonly mentions: MentionRepository,
  ) {}

  async render(source: string, authorId: string): Promise<RenderedBody> {
    const segments = source.split(CODE);
    const text = segments.filter((_, index) => index % 2 === 0).join('\n');
    const tokenIds = [...text.matchAll(TOKEN_MENTION)].map((match) => match[2].toLowerCase()).slice(0, MAX_MENTIONS);
    const withoutTokens = text.replace(TOKEN_MENTION, ' ');
    const plain = [...new Set([...withoutTokens.matchAll(PLAIN_MENTION)].map((match) => match[2].toLowerCase()))].slice(0, MAX_MENTIONS);
    const [people, groups] = await Promise.all([this.mentions.people(tokenIds, plain), this.mentions.groups(plain, authorId)]);
    const byId = new Map(people.map((person) => [person.id, person]));
    const byLocalPart = new Map(people.map((person) => [person.localPart, person]));
    const bySlug = new Map(groups.map((group) => [group.slug, group]));
    const userIds = new Set<string>();
    const groupIds = new Set<string>();
    const topics = new Set<string>();

    const rewrite = (segment: string): string =>
      segment
        .replace(TOKEN_MENTION, (whole, name: string, id: string) => {
          const person = byId.get(id.toLowerCase());
          if (!person) return `@${escapeLabel(name)}`;
          userIds.add(person.id);
          return `[@${escapeLabel(person.displayName)}](/people/${person.id})`;
        })
        .replace(PLAIN_MENTION, (whole, before: string, handle: string) => {
          const key = handle.toLowerCase();
          const person = byLocalPart.get(key);
          if (person) {
            userIds.add(person.id);
            return `${before}[@${escapeLabel(handle)}](/people/${person.id})`;
          }
          const group = bySlug.get(key);
          if (group) {
            groupIds.add(group.id);
            return `${before}[@${escapeLabel(handle)}](/groups/${group.slug})`;
          }
          return whole;
        })
        .replace(TOPIC, (whole, before: string, raw: string) => {
          const topic = raw.toLowerCase();
          if (topics.size >= MAX_TOPICS && !topics.has(topic)) return whole;
          topics.add(topic);
          return `${before}[#${raw}](/topics/${topic})`;
        });

    const rewritten = segments.map((segment, index) => (index % 2 === 0 ? rewrite(segment) : segment)).join('');
    return { html: this.markdown.render(rewritten), userIds: [...userIds].slice(0, MAX_MENTIONS), groupIds: [...groupIds], topics: [...topics] };
  }

  /** A short plain-text excerpt (quote-replies, notifications). */
  excerpt(source: string, maxLength = 200): string {
    return this.markdown.toPlainText(source, maxLength);
  }
}

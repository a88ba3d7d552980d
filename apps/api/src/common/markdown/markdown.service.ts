import { Injectable } from '@nestjs/common';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

type Token = MarkdownIt.Token;

const SAFE_REL = 'noopener noreferrer nofollow';

/**
 * The strict allow-list every rendered body passes through. markdown-it already escapes raw
 * HTML (`html: false`); this is the second wall, so a parser quirk can never emit markup we
 * did not mean to allow.
 */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4', 'h5', 'h6'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  // Whatever the element was, these are dropped with everything inside them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    // The page around a body already has h1 and h2: markdown's top headings step down.
    h1: 'h3',
    h2: 'h3',
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: SAFE_REL } }),
  },
};

/** Passes already-rendered HTML (e.g. from an imported archive) through the same allow-list. */
export function sanitizeRenderedHtml(html: string): string {
  return html ? sanitizeHtml(html, SANITIZE_OPTIONS).trim() : '';
}

const WHITESPACE = /\s+/g;

/**
 * Renders user-written markdown (bios, later posts and replies) to HTML that is safe to insert
 * into a page, and to plain text for excerpts and notifications.
 */
@Injectable()
export class MarkdownService {
  private readonly markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

  /** Sanitised HTML: only the allow-listed tags, links only to http(s) and mailto, all with a safe rel. */
  render(source: string): string {
    if (!source.trim()) return '';
    return sanitizeRenderedHtml(this.markdown.render(source));
  }

  /**
   * The text a reader sees, without any markup, whitespace collapsed and cut to `maxLength`
   * characters (an ellipsis marks a cut). Taken from the parsed tokens, so entities come out as
   * the characters they stand for and raw HTML in the source stays literal text.
   */
  toPlainText(source: string, maxLength = Number.POSITIVE_INFINITY): string {
    const text = collectText(this.markdown.parse(source, {})).replace(WHITESPACE, ' ').trim();
    if (text.length <= maxLength) return text;
    return `${text.slice(0, maxLength - 1).trimEnd()}…`;
  }
}

function collectText(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.children) return collectText(token.children);
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'code_block' || token.type === 'fence') return token.content;
      if (token.type === 'softbreak' || token.type === 'hardbreak' || token.block) return ' ';
      return '';
    })
    .join('');
}

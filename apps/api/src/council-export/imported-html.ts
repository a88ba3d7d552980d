import sanitizeHtml from 'sanitize-html';

/**
 * Stored post and reply HTML from an archive is re-sanitised with the same allow-list the
 * server renders with (MarkdownService): an edited or hand-made archive cannot bring in markup
 * Moot would never have produced. Re-rendering the markdown instead would lose mention links.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4', 'h5', 'h6'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'noopener noreferrer nofollow' } }) },
};

export function sanitizeImportedHtml(html: string): string {
  return html ? sanitizeHtml(html, OPTIONS) : '';
}

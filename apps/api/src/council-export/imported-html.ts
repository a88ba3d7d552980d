import { sanitizeRenderedHtml } from '../common/markdown/markdown.service';

/**
 * Stored post and reply HTML from an archive is re-sanitised with the very allow-list the
 * server renders with (MarkdownService): an edited or hand-made archive cannot bring in markup
 * Moot would never have produced. Re-rendering the markdown instead would lose mention links.
 */
export function sanitizeImportedHtml(html: string): string {
  return sanitizeRenderedHtml(html);
}

import { MarkdownService } from '../common/markdown/markdown.service';
import { sanitizeImportedHtml } from './imported-html';

describe('sanitizeImportedHtml', () => {
  it('keeps what the server renders unchanged', () => {
    const html = new MarkdownService().render('# Title\n\n**bold** and [@Ann](/people/1) and https://example.org\n\n- a\n- b\n\n> quote\n\n`code`');
    expect(sanitizeImportedHtml(html)).toBe(html);
  });

  it('drops markup Moot never produces', () => {
    expect(sanitizeImportedHtml('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror=y></p><a href="javascript:alert(1)">z</a>')).toBe(
      '<p>Hi</p><a rel="noopener noreferrer nofollow">z</a>',
    );
  });
});

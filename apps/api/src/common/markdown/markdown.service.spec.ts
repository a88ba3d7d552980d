import { MarkdownService } from './markdown.service';

/** Every tag and attribute the renderer may ever emit. */
const ALLOWED_TAG = /^(p|br|strong|em|ul|ol|li|a|code|pre|blockquote|h3|h4|h5|h6)$/;

function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9-]+)([^>]*)>/g)].map((match) => ({ name: match[1].toLowerCase(), attributes: match[2].trim() }));
}

/**
 * Inert: only allow-listed tags; none has an attribute except links, which carry at most an
 * http(s) or mailto href and the safe rel. Markup the writer typed may remain as escaped text.
 */
function expectInert(html: string): void {
  for (const tag of tagsOf(html)) {
    expect(tag.name).toMatch(ALLOWED_TAG);
    if (tag.name !== 'a') expect(tag.attributes).toBe('');
    else if (tag.attributes) expect(tag.attributes).toMatch(/^(href="(https?:|mailto:)[^"]*" )?rel="noopener noreferrer nofollow"$/);
  }
}

describe(MarkdownService.name, () => {
  const sut = new MarkdownService();

  describe('render', () => {
    it('renders the allowed markdown: emphasis, lists, code, quotes and headings', () => {
      const html = sut.render('**bold** and *soft*\n\n- one\n- two\n\n1. first\n\n`code`\n\n```\nblock\n```\n\n> quoted\n\n### Heading');
      expect(html).toContain('<strong>bold</strong>');
      expect(html).toContain('<em>soft</em>');
      expect(html).toContain('<ul>\n<li>one</li>');
      expect(html).toContain('<ol>\n<li>first</li>');
      expect(html).toContain('<code>code</code>');
      expect(html).toContain('<pre><code>block\n</code></pre>');
      expect(html).toContain('<blockquote>');
      expect(html).toContain('<h3>Heading</h3>');
      expectInert(html);
    });

    it('steps top-level headings down to h3, as the page already has h1 and h2', () => {
      expect(sut.render('# Big\n\n## Bigger')).toBe('<h3>Big</h3>\n<h3>Bigger</h3>');
    });

    it('gives every link a safe rel, including linkified bare URLs', () => {
      expect(sut.render('[site](https://northbridge.example/a)')).toBe('<p><a href="https://northbridge.example/a" rel="noopener noreferrer nofollow">site</a></p>');
      expect(sut.render('see https://northbridge.example')).toContain('<a href="https://northbridge.example" rel="noopener noreferrer nofollow">');
      expect(sut.render('[mail me](mailto:a@northbridge.example)')).toContain('href="mailto:a@northbridge.example"');
    });

    it('answers an empty string for an empty or blank source', () => {
      expect(sut.render('')).toBe('');
      expect(sut.render('  \n ')).toBe('');
    });

    const corpus: [string, string][] = [
      ['a script element', '<script>alert(1)</script>'],
      ['an image with onerror', '<img src=x onerror=alert(1)>'],
      ['a javascript: markdown link', '[x](javascript:alert(1))'],
      ['an obfuscated javascript: link', '[x](JaVaScRiPt:alert(1)) [y](java\tscript:alert(1)) [z](&#106;avascript:alert(1))'],
      ['a vbscript: link', '[x](vbscript:msgbox(1))'],
      ['an svg with onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
      ['a data: URL anchor', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
      ['a data: URL markdown link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
      ['a markdown image with a javascript: source', '![x](javascript:alert(1))'],
      ['a markdown image', '![tracker](https://evil.example/pixel.png)'],
      ['event attributes', '<div onclick="alert(1)" onmouseover="alert(2)">hover</div>'],
      ['an iframe', '<iframe src="https://evil.example"></iframe>'],
      ['a style attribute', '<p style="background:url(javascript:alert(1))">styled</p>'],
      ['a style element', '<style>body{display:none}</style>'],
      ['a form posting elsewhere', '<form action="https://evil.example"><input name=x><button>go</button></form>'],
      ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">'],
      ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
      ['html inside a markdown link text', '[<img src=x onerror=alert(1)>](https://ok.example)'],
      ['html in a link title', '[x](https://ok.example "\\" onmouseover=\\"alert(1)")'],
      ['a link reference definition to javascript:', '[x][1]\n\n[1]: javascript:alert(1)'],
      ['an autolink to javascript:', '<javascript:alert(1)>'],
      ['html inside emphasis', '**<script>alert(1)</script>**'],
      ['html inside a code span', '`<script>alert(1)</script>`'],
      ['html inside a blockquote and a list', '> <img src=x onerror=alert(1)>\n\n- <svg/onload=alert(1)>'],
      ['an unclosed tag', '<img src=x onerror=alert(1)//'],
      ['a comment hiding a script', '<!--><script>alert(1)</script>-->'],
      ['a protocol-relative link', '[x](//evil.example)'],
    ];

    it.each(corpus)('renders %s inert', (_name, source) => {
      const html = sut.render(source);
      expectInert(html);
      expect(html).not.toMatch(/<(script|img|svg|iframe|style|form|input|object|embed|meta|div)\b/i);
      expect(html).not.toMatch(/<a [^>]*href="(javascript|vbscript|data):/i);
    });

    it('keeps raw HTML visible as text, so the writer sees what they typed', () => {
      expect(sut.render('<b>hi</b>')).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>');
    });
  });

  describe('toPlainText', () => {
    it('strips markdown and keeps the words', () => {
      expect(sut.toPlainText('# Hello\n\nThis is **bold** and [a link](https://x.example).\n\n- one\n- two')).toBe('Hello This is bold and a link. one two');
    });

    it('keeps raw HTML and entities as literal characters', () => {
      expect(sut.toPlainText('Fish &amp; chips <script>x</script>')).toBe('Fish & chips <script>x</script>');
    });

    it('cuts long text to the limit with an ellipsis', () => {
      const text = sut.toPlainText('word '.repeat(100), 280);
      expect(text.length).toBeLessThanOrEqual(280);
      expect(text.endsWith('…')).toBe(true);
      expect(sut.toPlainText('short', 280)).toBe('short');
    });
  });
});

import { PERSONAL_DATA_SECTIONS } from './personal-data-sections';
import { displayValue, HtmlWriter, JsonWriter } from './personal-data-writers';
import { downloadFileName } from './personal-data.service';

const posts = PERSONAL_DATA_SECTIONS.find((section) => section.key === 'posts')!;
const skills = PERSONAL_DATA_SECTIONS.find((section) => section.key === 'skills')!;
const meta = { displayName: 'Ana', generatedAt: new Date('2026-11-23T10:00:00Z'), siteUrl: 'https://moot.example', sections: [skills, posts] };

describe('personal data writers', () => {
  it('writes one valid JSON document however the rows arrive in batches', () => {
    const writer = new JsonWriter();
    const text = [
      writer.start(meta, { displayName: 'Ana' }),
      writer.sectionStart(skills),
      writer.rows(skills, [{ skill: 'GIS' }], 0),
      writer.rows(skills, [{ skill: 'Law' }, { skill: '"Quotes"' }], 1),
      writer.sectionEnd(),
      writer.sectionStart(posts),
      writer.sectionEnd(),
      writer.end(),
    ].join('');
    expect(JSON.parse(text)).toEqual({
      format: 'moot-personal-data',
      version: 1,
      generatedAt: '2026-11-23T10:00:00.000Z',
      profile: { displayName: 'Ana' },
      skills: [{ skill: 'GIS' }, { skill: 'Law' }, { skill: '"Quotes"' }],
      posts: [],
    });
  });

  it('escapes every value in the readable version, but keeps stored post HTML', () => {
    const writer = new HtmlWriter();
    const row = { id: 'p1', group: '<b>Team</b>', anonymous: true, createdAt: new Date('2026-01-02T09:30:00Z'), bodyHtml: '<p>Hi</p>', link: 'https://moot.example/posts/p1?a="x"', attachments: [] };
    const article = writer.rows(posts, [row], 0);
    expect(article).toContain('<h3>Anonymous post in &lt;b&gt;Team&lt;/b&gt;, 2 January 2026 at 09:30</h3>');
    expect(article).toContain('<div><p>Hi</p></div>');
    expect(article).toContain('href="https://moot.example/posts/p1?a=&quot;x&quot;"');
    expect(writer.rows(skills, [{ skill: '<script>', offersHelp: false, addedAt: null }], 0)).toContain('<td>&lt;script&gt;</td><td>No</td><td><span class="none">Not given</span></td>');
    expect(writer.sectionEnd(skills, 0)).toContain('None.');
    expect(displayValue(['a', '<b>'])).toBe('a, &lt;b&gt;');
  });

  it('names the file after the person and the day, safely', () => {
    expect(downloadFileName('Zoë O\u2019Brien-Smith', new Date('2026-11-23T23:30:00Z'), 'html')).toBe('moot-zoe-o-brien-smith-2026-11-23.html');
    expect(downloadFileName('"; rm -rf', new Date('2026-11-23T10:00:00Z'), 'json')).toBe('moot-rm-rf-2026-11-23.json');
    expect(downloadFileName('佐藤', new Date('2026-11-23T10:00:00Z'), 'json')).toBe('moot-person-2026-11-23.json');
  });
});

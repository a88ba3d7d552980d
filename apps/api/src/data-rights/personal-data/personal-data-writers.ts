import type { PersonalDataFormat } from '@moot/contracts';
import type { PersonalDataSection } from './personal-data-sections';
import type { DataRow } from './personal-data.repository';

export interface DownloadMeta {
  displayName: string;
  generatedAt: Date;
  siteUrl: string;
  sections: PersonalDataSection[];
}

/** Turns a personal download into text, piece by piece, so it can be streamed. */
export interface PersonalDataWriter {
  readonly contentType: string;
  start(meta: DownloadMeta, profile: DataRow): string;
  sectionStart(section: PersonalDataSection): string;
  rows(section: PersonalDataSection, rows: DataRow[], written: number): string;
  sectionEnd(section: PersonalDataSection, written: number): string;
  end(): string;
}

export function writerFor(format: PersonalDataFormat): PersonalDataWriter {
  return format === 'html' ? new HtmlWriter() : new JsonWriter();
}

/** One JSON document: `{format, version, generatedAt, profile, <section>: [...], ...}`. */
export class JsonWriter implements PersonalDataWriter {
  readonly contentType = 'application/json; charset=utf-8';

  start(meta: DownloadMeta, profile: DataRow): string {
    return `{"format":"moot-personal-data","version":1,"generatedAt":${JSON.stringify(meta.generatedAt)},"profile":${JSON.stringify(profile)}`;
  }

  sectionStart(section: PersonalDataSection): string {
    return `,\n${JSON.stringify(section.key)}:[`;
  }

  rows(_section: PersonalDataSection, rows: DataRow[], written: number): string {
    return (written > 0 ? ',' : '') + rows.map((row) => `\n${JSON.stringify(row)}`).join(',');
  }

  sectionEnd(): string {
    return '\n]';
  }

  end(): string {
    return '\n}\n';
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** A cell's text, escaped. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '<span class="none">Not given</span>';
  if (value instanceof Date) return escapeHtml(DATE_FORMAT.format(value));
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '<span class="none">None</span>' : escapeHtml(value.map(String).join(', '));
  if (typeof value === 'object') return escapeHtml(JSON.stringify(value));
  return escapeHtml(String(value));
}

const PROFILE_LABELS: [string, string][] = [
  ['displayName', 'Name'],
  ['givenName', 'Given name'],
  ['familyName', 'Family name'],
  ['email', 'Email'],
  ['jobTitle', 'Job title'],
  ['department', 'Department'],
  ['manager', 'Manager'],
  ['pronouns', 'Pronouns'],
  ['location', 'Location'],
  ['workingPattern', 'Working pattern'],
  ['phone', 'Phone'],
  ['bio', 'About you'],
  ['askMeAbout', 'Ask me about'],
  ['interests', 'Interests'],
  ['contactPreference', 'Contact preference'],
  ['hiddenFields', 'Hidden from colleagues'],
  ['role', 'Site role'],
  ['hasAvatar', 'Has a photo'],
  ['createdAt', 'Account created'],
  ['lastSignInAt', 'Last signed in'],
];

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1f}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
article{border-top:1px solid #767676;padding:.5rem 0}.meta{color:#44474e}.none{color:#44474e;font-style:italic}a{color:#0b57d0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}`;

/**
 * A standalone, readable page: headings, a contents list, tables and articles. Every value is
 * escaped; post and reply bodies are the server's stored, sanitised HTML. The CSP forbids scripts
 * outright, in case the file is ever opened from somewhere that would run them.
 */
export class HtmlWriter implements PersonalDataWriter {
  readonly contentType = 'text/html; charset=utf-8';

  start(meta: DownloadMeta, profile: DataRow): string {
    const title = `Your Moot data: ${escapeHtml(meta.displayName)}`;
    const contents = [['profile', 'Your profile'], ...meta.sections.map((section) => [section.key, section.title])]
      .map(([key, label]) => `<li><a href="#${key}">${escapeHtml(label)}</a></li>`)
      .join('');
    const profileRows = PROFILE_LABELS.map(([key, label]) => `<dt>${escapeHtml(label)}</dt><dd>${displayValue(profile[key])}</dd>`).join('\n');
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>Everything you have written on Moot and your profile, as on ${escapeHtml(DATE_FORMAT.format(meta.generatedAt))}. Links open Moot at ${escapeHtml(meta.siteUrl)} and work while you are signed in.</p>
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ul>${contents}</ul></nav>
<section aria-labelledby="profile"><h2 id="profile">Your profile</h2>
<dl>
${profileRows}
</dl>
</section>
`;
  }

  sectionStart(section: PersonalDataSection): string {
    return `<section aria-labelledby="${section.key}"><h2 id="${section.key}">${escapeHtml(section.title)}</h2>\n<p>${escapeHtml(section.description)}</p>\n`;
  }

  rows(section: PersonalDataSection, rows: DataRow[], written: number): string {
    if (section.layout === 'articles') return rows.map((row) => this.article(section, row)).join('\n');
    const head =
      written === 0
        ? `<table><thead><tr>${section.columns.map((column) => `<th scope="col">${escapeHtml(column.label)}</th>`).join('')}</tr></thead><tbody>\n`
        : '';
    return head + rows.map((row) => `<tr>${section.columns.map((column) => `<td>${this.cell(column.key, row[column.key])}</td>`).join('')}</tr>`).join('\n');
  }

  sectionEnd(section: PersonalDataSection, written: number): string {
    if (written === 0) return '<p class="none">None.</p>\n</section>\n';
    return section.layout === 'table' ? '</tbody></table>\n</section>\n' : '</section>\n';
  }

  end(): string {
    return '</main>\n</body>\n</html>\n';
  }

  private cell(key: string, value: unknown): string {
    if (key === 'url' && typeof value === 'string') return `<a href="${escapeHtml(value)}">Download</a>`;
    return displayValue(value);
  }

  private article(section: PersonalDataSection, row: DataRow): string {
    const what = section.key === 'posts' ? `${row['anonymous'] ? 'Anonymous post' : 'Post'} ${row['group'] ? `in ${escapeHtml(String(row['group']))}` : 'on your profile'}` : 'Reply';
    const notes = [
      row['editedAt'] ? `edited ${displayValue(row['editedAt'])}` : null,
      row['deletedAt'] ? `deleted ${displayValue(row['deletedAt'])}` : null,
    ].filter(Boolean);
    const files = (row['attachments'] as { fileName: string; url: string; altText: string | null }[] | undefined) ?? [];
    const fileList = files.length
      ? `<p>Files:</p><ul>${files.map((file) => `<li><a href="${escapeHtml(file.url)}">${escapeHtml(file.fileName)}</a>${file.altText ? ` (${escapeHtml(file.altText)})` : ''}</li>`).join('')}</ul>`
      : '';
    return `<article><h3>${what}, ${displayValue(row['createdAt'])}</h3>
<p class="meta">${notes.length ? `${notes.join('; ')}. ` : ''}<a href="${escapeHtml(String(row['link']))}">Open in Moot</a></p>
<div>${String(row['bodyHtml'] ?? '')}</div>${fileList}</article>`;
  }
}

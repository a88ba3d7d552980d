/** Plain, accessible email: one column, semantic headings, real link text, a text part always. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailItem {
  /** A sentence that stands on its own and is the link text, e.g. "Sam Jones replied to your post". */
  text: string;
  /** Absolute URL. */
  url: string;
}

export interface EmailContent {
  siteName: string;
  subject: string;
  heading: string;
  intro: string;
  items: EmailItem[];
  /** Why they get this, and how to stop it. */
  unsubscribe: { url: string; linkText: string; reason: string };
  preferencesUrl: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const e = escapeHtml;
  const items = content.items
    .map((item) => `<li style="margin:0 0 12px"><a href="${e(item.url)}" style="color:#0b4f8a">${e(item.text)}</a></li>`)
    .join('\n');
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${e(content.subject)}" lang="en-GB" style="max-width:600px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-weight:bold">${e(content.siteName)}</p>
<h1 style="font-size:24px;line-height:1.25;margin:0 0 16px">${e(content.heading)}</h1>
<p style="margin:0 0 24px">${e(content.intro)}</p>
<ul style="margin:0 0 24px;padding:0 0 0 20px">
${items}
</ul>
<h2 style="font-size:18px;margin:32px 0 8px">Why you got this email</h2>
<p style="margin:0 0 8px">${e(content.unsubscribe.reason)}</p>
<p style="margin:0 0 8px"><a href="${e(content.unsubscribe.url)}" style="color:#0b4f8a">${e(content.unsubscribe.linkText)}</a></p>
<p style="margin:0"><a href="${e(content.preferencesUrl)}" style="color:#0b4f8a">Change all your ${e(content.siteName)} email settings</a></p>
</div>
</body>
</html>
`;
  const text = [
    content.siteName,
    '',
    content.heading,
    '',
    content.intro,
    '',
    ...content.items.flatMap((item) => [`- ${item.text}`, `  ${item.url}`, '']),
    'Why you got this email',
    content.unsubscribe.reason,
    `${content.unsubscribe.linkText}: ${content.unsubscribe.url}`,
    `Change all your ${content.siteName} email settings: ${content.preferencesUrl}`,
    '',
  ].join('\n');
  return { subject: content.subject, html, text };
}

import type { UnsubscribeClaim } from './unsubscribe-token';
import { escapeHtml } from './email-layout';
import { TYPE_PLURAL } from './notification-wording';

// A <style> block is allowed by our CSP (style-src 'unsafe-inline'); no script is needed.
const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b; background: #f6f7f8; line-height: 1.5; }
  main { max-width: 42rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
  h1 { font-size: 2rem; margin: 0 0 1rem; }
  button { font: inherit; cursor: pointer; min-height: 2.75rem; padding: 0.5rem 1.5rem; background: #0b4f8a; color: #fff; border: 2px solid #0b4f8a; border-radius: 0.375rem; font-weight: 600; }
  button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1b1b1b; }
  a { color: #0b4f8a; }
`;

function page(siteName: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(siteName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const settingsLink = (publicUrl: string, siteName: string): string =>
  `<p><a href="${escapeHtml(publicUrl)}/notifications/preferences">Change all your ${escapeHtml(siteName)} email settings</a></p>`;

export function renderConfirmPage(siteName: string, publicUrl: string, token: string, claim: UnsubscribeClaim): string {
  const what = TYPE_PLURAL[claim.type];
  return page(
    siteName,
    'Stop these emails',
    `<h1>Stop emails about ${escapeHtml(what)}?</h1>
<p>You will still see them in ${escapeHtml(siteName)}, under notifications. Other emails are not affected.</p>
<form method="post" action="/api/email/unsubscribe?token=${encodeURIComponent(token)}">
<button type="submit">Stop emails about ${escapeHtml(what)}</button>
</form>
${settingsLink(publicUrl, siteName)}`,
  );
}

export function renderDonePage(siteName: string, publicUrl: string, claim: UnsubscribeClaim): string {
  return page(
    siteName,
    'Emails stopped',
    `<h1>You will no longer get emails about ${escapeHtml(TYPE_PLURAL[claim.type])}</h1>
<p>They will still appear in ${escapeHtml(siteName)}, under notifications.</p>
${settingsLink(publicUrl, siteName)}`,
  );
}

export function renderInvalidPage(siteName: string, publicUrl: string): string {
  return page(
    siteName,
    'This link does not work',
    `<h1>This unsubscribe link does not work</h1>
<p>It may have expired or been copied incompletely. You can still choose which emails you get in your settings.</p>
${settingsLink(publicUrl, siteName)}`,
  );
}

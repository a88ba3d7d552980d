const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** The page a person sees when their identity provider's answer is refused. */
export function renderSignInError(message: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in failed – Moot</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}a{color:#0b4f8a}</style></head>
<body><main>
<h1>We could not sign you in</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/sign-in">Try signing in again</a>. If this keeps happening, contact your IT service desk.</p>
</main></body></html>`;
}

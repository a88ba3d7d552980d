import type { DevIdpUser } from './dev-idp-users.repository';
import type { SignedAnswer, UserChoice } from './dev-idp.service';

export const DEV_IDP_SSO_PATH = '/api/dev-idp/sso';
export const AUTO_SUBMIT_SCRIPT_PATH = '/api/dev-idp/auto-submit.js';

/** Served at AUTO_SUBMIT_SCRIPT_PATH: our CSP allows no inline script. */
export const AUTO_SUBMIT_SCRIPT = `(function () {
  function submitFirstForm() {
    var form = document.forms[0];
    if (form) form.submit();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', submitFirstForm);
  else submitFirstForm();
})();
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// A <style> block is allowed by our CSP (style-src 'unsafe-inline'); style attributes are not used.
const STYLE = `
  :root { color-scheme: light; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1b1b1b; background: #f6f7f8; line-height: 1.5; }
  main { max-width: 42rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
  h1 { font-size: 2rem; margin: 0 0 1rem; }
  .notice { border-left: 0.375rem solid #8a5a00; background: #fff4dc; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
  .notice p { margin: 0; }
  ul.people { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  button { font: inherit; cursor: pointer; border-radius: 0.375rem; }
  ul.people button { width: 100%; min-height: 3rem; text-align: left; padding: 0.75rem 1rem; background: #fff; color: #1b1b1b; border: 1px solid #6b6b6b; }
  ul.people button:hover { background: #eef3f8; border-color: #0b4f8a; }
  .name { display: block; font-weight: 600; }
  .details { display: block; color: #4a4a4a; font-size: 0.9375rem; }
  .primary { min-height: 2.75rem; padding: 0.5rem 1.5rem; background: #0b4f8a; color: #fff; border: 2px solid #0b4f8a; font-weight: 600; }
  button:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px #1b1b1b; }
  a { color: #0b4f8a; }
`;

function page(title: string, body: string, options: { autoSubmit?: boolean } = {}): string {
  const script = options.autoSubmit ? `\n<script src="${AUTO_SUBMIT_SCRIPT_PATH}"></script>` : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Moot</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>${script}
</body>
</html>
`;
}

const NOTICE = `<div class="notice" role="note">
<p><strong>This is not a real identity provider.</strong> It signs you in to Moot as anyone in this
database, without a password, so that you can develop and test Moot. It is switched off when Moot
runs in production.</p>
</div>`;

function hiddenField(name: string, value: string | null): string {
  return value === null ? '' : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function personButton(person: DevIdpUser): string {
  const details = [person.jobTitle, person.department].filter((part): part is string => !!part);
  const detailText = details.length > 0 ? `<span class="details">${details.map(escapeHtml).join(' · ')}</span>` : '';
  return `<li><button type="submit" name="userId" value="${escapeHtml(person.id)}"><span class="name">${escapeHtml(person.displayName)}</span>${detailText}</button></li>`;
}

/** GET /api/dev-idp/sso: pick the person to sign in as. */
export function renderUserChoicePage(choice: UserChoice): string {
  if (choice.people.length === 0) {
    return page(
      'Development sign-in',
      `<h1>Development sign-in</h1>
${NOTICE}
<p>There is nobody to sign in as: the database has no active staff yet.</p>
<p>Start Moot with demo data (<code>SEED_DEMO=true</code>, the default outside production), or add people through SCIM,
then <a href="/">go back to Moot</a> and sign in again.</p>`,
    );
  }
  const count = choice.people.length === 1 ? '1 active person' : `${choice.people.length} active people`;
  return page(
    'Development sign-in',
    `<h1>Development sign-in</h1>
${NOTICE}
<form method="post" action="${DEV_IDP_SSO_PATH}">
${hiddenField('SAMLRequest', choice.samlRequest)}
${hiddenField('RelayState', choice.relayState)}
<h2 id="people-heading">Choose who to sign in as</h2>
<p>${count}, by name.</p>
<ul class="people" aria-labelledby="people-heading">
${choice.people.map(personButton).join('\n')}
</ul>
</form>`,
  );
}

/** POST /api/dev-idp/sso: hands the signed response to Moot (HTTP-POST binding), submitted by script or by hand. */
export function renderSignedAnswerPage(answer: SignedAnswer): string {
  return page(
    'Signing you in',
    `<h1>Signing you in</h1>
<form method="post" action="${escapeHtml(answer.acsUrl)}">
${hiddenField('SAMLResponse', answer.samlResponse)}
${hiddenField('RelayState', answer.relayState)}
<p>If nothing happens, continue by hand.</p>
<button type="submit" class="primary">Continue to Moot</button>
</form>`,
    { autoSubmit: true },
  );
}

/** Any refusal: a plain page with what went wrong, never a stack trace. */
export function renderErrorPage(title: string, message: string): string {
  return page(
    title,
    `<h1>${escapeHtml(title)}</h1>
${NOTICE}
<p>${escapeHtml(message)}</p>
<p><a href="/">Go back to Moot</a> and sign in again.</p>`,
  );
}

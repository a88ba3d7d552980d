import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchBrowser, newContext } from './browser';

/**
 * Signs in through the real SAML path: Moot's sign-in page → the built-in development IdP →
 * a signed response posted to Moot's ACS → the home page. When the app first asks the person
 * to accept the house rules (first sign-in, or after a material change), they accept them.
 */
export async function signInWithDevIdp(page: Page, displayName: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: /development sign-in/i }).or(page.getByRole('button', { name: /development sign-in/i })).first().click();
  await page.waitForURL(/\/api\/dev-idp\/sso/);
  await page.getByRole('button', { name: new RegExp(displayName) }).first().click();
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/home' || url.pathname === HOUSE_RULES_ACCEPT, { timeout: 30_000 });
  // The app lands on the home page, and its guard may then move on to the accept page.
  const welcome = page.getByText(`Welcome, ${displayName}`);
  const accept = page.getByRole('main').getByRole('button', { name: 'I accept the house rules' });
  await welcome.or(accept).first().waitFor({ state: 'visible' });
  if (await accept.isVisible()) await acceptHouseRules(page);
  await welcome.waitFor({ state: 'visible' });
}

export const HOUSE_RULES_ACCEPT = '/house-rules/accept';

/** On the accept page: accepts the house rules and waits to be taken back. */
export async function acceptHouseRules(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'I accept the house rules' }).click();
  await page.waitForURL((url) => url.pathname !== HOUSE_RULES_ACCEPT, { timeout: 30_000 });
}

/** The session's CSRF token, for API calls made with the browser's cookies. */
export async function csrfToken(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith('moot_csrf'));
  if (!cookie) throw new Error('no CSRF cookie: not signed in?');
  return cookie.value;
}

/**
 * One browser for a describe block, and a fresh signed-in profile per person:
 * `const people = signedInPeople(); … const page = await people.signIn('Priya Shah');`
 * Registers its own beforeAll/afterAll.
 */
export function signedInPeople(): { signIn(displayName: string): Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });
  return {
    async signIn(displayName: string): Promise<Page> {
      if (!browser) throw new Error('signedInPeople() must be called inside a describe block');
      const context = await newContext(browser);
      contexts.push(context);
      const page = await context.newPage();
      await signInWithDevIdp(page, displayName);
      return page;
    },
  };
}

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser';
import { url } from './support/server';
import { HOUSE_RULES_ACCEPT, acceptHouseRules } from './support/sign-in';

/**
 * The demo council publishes house rules version 1, so everyone is asked to accept them on
 * first sign-in; a material change asks them again. (signInWithDevIdp accepts for the other
 * journeys; this one signs in by hand to see the accept page.)
 */
describe('House rules', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  /** Signs in through the development IdP and stops wherever the app lands. */
  async function signInBy(displayName: string, returnTo = '/'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`/api/auth/saml/dev/login?returnTo=${encodeURIComponent(returnTo)}`);
    await page.waitForURL(/\/api\/dev-idp\/sso/);
    await page.getByRole('button', { name: new RegExp(displayName) }).first().click();
    await page.waitForURL((address) => !address.pathname.startsWith('/api/'), { timeout: 30_000 });
    // The route guards run before a page renders: its h1 shows where the app settled.
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    return { context, page };
  }

  it('asks for acceptance on first sign-in, then goes where the person was going', async () => {
    const { context, page } = await signInBy('Gareth Evans', '/groups');
    await page.waitForURL((address) => address.pathname === HOUSE_RULES_ACCEPT);
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/groups');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Before you start: our house rules' }).waitFor();
    await main.getByRole('heading', { name: /Be respectful/ }).waitFor();
    await expectNoAxeViolations(page);

    // Until accepted, the API refuses content writes with a clear code.
    const csrf = (await context.cookies()).find((cookie) => cookie.name.endsWith('moot_csrf'))?.value ?? '';
    const refused = await context.request.post(url('/api/groups'), { data: { name: 'Not yet', type: 'open' }, headers: { 'x-csrf-token': csrf } });
    expect(refused.status()).toBe(403);
    await expect(refused.json()).resolves.toMatchObject({ code: 'HOUSE_RULES_NOT_ACCEPTED' });

    await acceptHouseRules(page);
    expect(new URL(page.url()).pathname).toBe('/groups');
    const me = await context.request.get(url('/api/auth/me'));
    await expect(me.json()).resolves.toMatchObject({ displayName: 'Gareth Evans', mustAcceptHouseRules: false });
  });

  it('asks again after an admin publishes a material change, showing what changed', async () => {
    const member = await signInBy('Gareth Evans');
    await member.page.waitForURL((address) => address.pathname === '/');

    const admin = await signInBy('Marcus Bell', '/admin/site-documents');
    if (new URL(admin.page.url()).pathname === HOUSE_RULES_ACCEPT) await acceptHouseRules(admin.page);
    const editor = admin.page.getByRole('main');
    await editor.getByRole('heading', { level: 1, name: 'House rules', exact: true }).waitFor();
    const body = editor.getByRole('textbox', { name: 'Document (markdown)' });
    // The editor starts from the current version's markdown once the history has loaded.
    await admin.page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#doc-body')?.value.includes('Be respectful'));
    await body.fill(`${await body.inputValue()}\n\n## Artificial intelligence\n\nDo not paste residents' personal data into AI tools.`);
    await editor.getByRole('button', { name: 'Preview' }).click();
    await editor.getByRole('heading', { name: 'Artificial intelligence' }).waitFor();
    await editor.getByRole('checkbox', { name: 'This is a material change' }).check();
    await editor.getByLabel('Summary of changes (optional)').fill('New rule on AI tools');
    await editor.getByRole('button', { name: 'Publish new version' }).click();
    await editor.getByText(/Version \d+ of the house rules is published\. Everyone will be asked to accept it/).first().waitFor();
    await expectNoAxeViolations(admin.page);

    await member.page.reload();
    await member.page.waitForURL((address) => address.pathname === HOUSE_RULES_ACCEPT);
    const main = member.page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'The house rules have changed' }).waitFor();
    await main.getByText('New rule on AI tools').waitFor();
    await expectNoAxeViolations(member.page);
    await acceptHouseRules(member.page);
    expect(new URL(member.page.url()).pathname).toBe('/');
  });

  it('publishes the moderation policy for everyone, linked from the footer', async () => {
    const { page } = await signInBy('Gareth Evans');
    await page.waitForURL((address) => address.pathname === '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Moderation policy' }).click();
    await page.getByRole('main').getByRole('heading', { level: 1, name: 'Moderation policy' }).waitFor();
    await page.getByRole('main').getByRole('heading', { name: 'Asking for a review' }).waitFor();
    await expectNoAxeViolations(page);
  });
});

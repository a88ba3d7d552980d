import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser';
import { url } from './support/server';
import { csrfToken, signInWithDevIdp } from './support/sign-in';

describe('Signing in with SAML', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser);
    contexts.push(context);
    return { context, page: await context.newPage() };
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  it('signs in through the development IdP and lands on the home page signed in', async () => {
    const { context, page } = await freshPage();
    await page.goto('/sign-in');
    await expectNoAxeViolations(page);

    await signInWithDevIdp(page, 'Eleanor Marsh');

    const me = await context.request.get(url('/api/auth/me'));
    expect(me.status()).toBe(200);
    await expect(me.json()).resolves.toMatchObject({ displayName: 'Eleanor Marsh', department: 'Democratic Services' });
    await expectNoAxeViolations(page);
  });

  it('keeps the development IdP page accessible', async () => {
    const { page } = await freshPage();
    await page.goto('/api/auth/saml/dev/login?returnTo=/');
    await page.waitForURL(/\/api\/dev-idp\/sso/);
    await expectNoAxeViolations(page);
  });

  it('signs out, and the session is gone', async () => {
    const { context, page } = await freshPage();
    await signInWithDevIdp(page, 'Tom Hughes');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await context.request.get(url('/api/auth/me'));
    expect(me.status()).toBe(401);
  });

  it('throws a deactivated person out of their open tab within seconds (SCIM)', async () => {
    // An admin issues a SCIM token, as the IT team would for Entra ID provisioning.
    const admin = await freshPage();
    await signInWithDevIdp(admin.page, 'Rachel Green');
    const issued = await admin.context.request.post(url('/api/admin/scim-tokens'), {
      data: { name: 'Entra ID provisioning (e2e)' },
      headers: { 'x-csrf-token': await csrfToken(admin.context) },
    });
    expect(issued.status()).toBe(201);
    const { token } = (await issued.json()) as { token: string };

    const leaver = await freshPage();
    await signInWithDevIdp(leaver.page, 'Nathan Pryce');

    const scim = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' };
    const found = await fetch(url(`/scim/v2/Users?filter=${encodeURIComponent('userName eq "nathan.pryce@northbridge.example"')}`), { headers: scim });
    expect(found.status).toBe(200);
    const { Resources } = (await found.json()) as { Resources: { id: string }[] };
    expect(Resources).toHaveLength(1);
    const deactivated = await fetch(url(`/scim/v2/Users/${Resources[0].id}`), {
      method: 'PATCH',
      headers: scim,
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      }),
    });
    expect(deactivated.status).toBe(200);

    // No reload: the open tab is told over its socket and leaves on its own.
    await leaver.page.waitForURL(/\/sign-in\?ended=deactivated/, { timeout: 10_000 });
    await leaver.page.getByText(/account has been deactivated/i).waitFor({ state: 'visible' });
    const me = await leaver.context.request.get(url('/api/auth/me'));
    expect(me.status()).toBe(401);
  });
});

import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser';

describe('Home page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('loads with a title that names Moot', async () => {
    const response = await page.goto('/');

    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Moot');
  });

  it('offers a way to sign in', async () => {
    await page.goto('/');

    // Waits for the app to render it; fails after 30 s if it never appears.
    await signInEntry(page).waitFor({ state: 'visible' });
  });

  it('focuses the skip link on the first Tab', async () => {
    await openHome(page);

    await page.keyboard.press('Tab');

    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { text: element?.textContent?.trim() ?? '', href: element?.getAttribute('href') ?? '' };
    });
    expect(focused.text).toMatch(/skip/i);
    expect(focused.href).toMatch(/#main-content$/);
  });

  it('declares British English', async () => {
    await page.goto('/');

    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
  });

  it('has no WCAG 2.2 AA violations', async () => {
    await openHome(page);

    await expectNoAxeViolations(page);
  });
});

/** The home page's "Sign in" link or button. */
function signInEntry(page: Page): Locator {
  return page
    .getByRole('link', { name: 'Sign in', exact: true })
    .or(page.getByRole('button', { name: 'Sign in', exact: true }))
    .first();
}

/** Opens the home page and waits until the app has rendered it (the sign-in entry shows). */
async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('main#main-content').waitFor({ state: 'attached' });
  await signInEntry(page).waitFor({ state: 'visible' });
}

import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/browser';
import { signedInPeople } from './support/sign-in';

/**
 * Issue #7, web: the header's search box finds a demo post by a word from its body and
 * highlights the word; the results page and the open notifications panel are accessible.
 */
describe('Search and notifications in the header', () => {
  const people = signedInPeople();
  const signedIn = (displayName: string): Promise<Page> => people.signIn(displayName);

  it('finds a post by a word from its body from the header, with the word highlighted', async () => {
    const page = await signedIn('Liam Walsh');

    const search = page.getByRole('combobox', { name: 'Search Moot' });
    await search.fill('frustration');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=frustration$/);

    await page.getByRole('heading', { level: 2, name: 'Results for "frustration"' }).waitFor();
    const result = page.locator('.moot-search-result', { hasText: 'acknowledge the frustration first' }).first();
    await result.waitFor();
    await result.locator('mark', { hasText: /frustration/i }).first().waitFor();
    await expect(result.locator('.moot-tag').textContent()).resolves.toBe('Post');
    await expectNoAxeViolations(page);
  });

  it('opens the notifications panel from the bell, accessibly, and Esc returns focus to the bell', async () => {
    const page = await signedIn('Liam Walsh');

    const bell = page.getByRole('button', { name: /^Notifications/ });
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await panel.waitFor();
    await panel.getByText('Loading your notifications…').waitFor({ state: 'detached' });
    await panel.getByRole('link', { name: 'Choose how you are notified' }).waitFor();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(bell.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });
});

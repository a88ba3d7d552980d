import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/browser';
import { signedInPeople } from './support/sign-in';

/**
 * Issue #4, People: a profile is edited and a skill added through the browser, and a colleague
 * then finds that person in the directory by the new skill.
 */
describe('People: profiles and the directory', () => {
  const people = signedInPeople();
  const signedIn = (displayName: string): Promise<Page> => people.signIn(displayName);

  it('edits a profile, adds a skill through the autocomplete, and a colleague finds them by it', async () => {
    const kwame = await signedIn('Kwame Mensah');

    await kwame.getByRole('link', { name: 'My profile' }).click();
    // Wait for the profile page itself: the home page may offer a similar link while it is leaving.
    await kwame.waitForURL(/\/profile$/);
    await kwame.getByRole('main').getByRole('link', { name: 'Edit your profile' }).click();
    await kwame.waitForURL(/\/profile\/edit$/);
    await kwame.locator('#profile-pronouns').waitFor({ state: 'visible' });
    await expectNoAxeViolations(kwame);

    await kwame.locator('#profile-pronouns').fill('he/him');
    await kwame.locator('#profile-ask-me-about').fill('Survey sampling');
    await kwame.locator('#profile-ask-me-about').press('Enter');
    await kwame.locator('mat-chip-row', { hasText: 'Survey sampling' }).waitFor();
    await kwame.getByRole('button', { name: 'Save changes' }).click();

    await kwame.waitForURL(/\/profile\?saved=1$/);
    await kwame.getByRole('status').filter({ hasText: 'Your profile has been saved' }).waitFor();
    await kwame.getByRole('heading', { level: 1, name: 'Kwame Mensah (he/him)' }).waitFor();
    await kwame.getByRole('link', { name: 'Survey sampling' }).waitFor();

    // A brand-new skill: typed into the autocomplete input and added with Enter.
    await kwame.getByRole('link', { name: 'Edit your profile' }).click();
    const skillInput = kwame.locator('#skill-name');
    await skillInput.fill('Participatory');
    await kwame.waitForTimeout(400);
    await skillInput.fill('Participatory budgeting');
    await skillInput.press('Enter');
    await kwame.locator('.moot-editable-list__name', { hasText: 'Participatory budgeting' }).waitFor();
    await kwame.getByRole('status').filter({ hasText: 'Added Participatory budgeting to your skills.' }).waitFor({ state: 'attached' });

    // Another colleague finds Kwame by that skill, from the directory's filters.
    const eleanor = await signedIn('Eleanor Marsh');
    await eleanor.getByRole('link', { name: 'People', exact: true }).click();
    await eleanor.getByRole('heading', { level: 1, name: 'Find people' }).waitFor();
    await eleanor.getByRole('link', { name: 'Communications' }).first().waitFor();
    await expectNoAxeViolations(eleanor);

    await eleanor.locator('#directory-skill').fill('participatory budgeting');
    await eleanor.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
    await eleanor.waitForURL(/skill=participatory/);
    await eleanor.getByRole('link', { name: 'Kwame Mensah' }).first().waitFor();
    await expectNoAxeViolations(eleanor);
  });

  it('finds Priya Shah by "Webchat moderation", and her page is accessible', async () => {
    const page = await signedIn('Liam Walsh');
    await page.goto('/people');
    await page.locator('#directory-q').fill('Webchat moderation');
    await page.locator('#directory-q').press('Enter');
    await page.waitForURL(/q=Webchat/);

    const results = page.locator('section[aria-labelledby="results-heading"]');
    await results.getByRole('link', { name: 'Priya Shah' }).waitFor();
    await results.locator('mark', { hasText: 'Webchat moderation' }).first().waitFor();
    await expectNoAxeViolations(page);

    await results.getByRole('link', { name: 'Priya Shah' }).click();
    await page.getByRole('heading', { level: 1, name: /Priya Shah/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Skills' }).waitFor();
    await expectNoAxeViolations(page);

    // Endorse her for webchat moderation, and take it back.
    const endorse = page.getByRole('button', { name: /Endorse.*Webchat moderation/ });
    await endorse.click();
    await page.getByRole('button', { name: /Endorsed.*Webchat moderation/, pressed: true }).waitFor();
    await page.getByRole('button', { name: /Endorsed.*Webchat moderation/ }).click();
    await page.getByRole('button', { name: /Endorse.*Webchat moderation/, pressed: false }).waitFor();
  });
});

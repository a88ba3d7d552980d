import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/browser';
import { signedInPeople } from './support/sign-in';

describe('Groups', () => {
  const people = signedInPeople();
  const signedIn = (displayName: string): Promise<Page> => people.signIn(displayName);

  it('lets a team lead create a closed group and approve a colleague, who can then read it', async () => {
    const name = `Consultation leads ${Date.now()}`;

    // Person A creates a closed group.
    const lead = await signedIn('Daniel Byrne');
    await lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    await lead.getByText(/Loading groups/).waitFor({ state: 'detached' });
    await expectNoAxeViolations(lead);

    await lead.getByRole('link', { name: 'Create a group' }).first().click();
    await lead.getByRole('heading', { level: 1, name: 'Create a group' }).waitFor();
    await expectNoAxeViolations(lead);
    await lead.getByLabel('Name', { exact: true }).fill(name);
    await lead.getByRole('radio', { name: 'Closed' }).check();
    await lead.getByLabel('House rules (optional)').fill('Keep residents’ details out of posts.');
    await lead.getByRole('button', { name: 'Create group' }).click();
    await lead.waitForURL(/\/groups\/consultation-leads-\d+\?created=1$/);
    await lead.getByRole('heading', { level: 1, name }).waitFor();
    await lead.getByText('Closed group').first().waitFor();
    await expectNoAxeViolations(lead);

    // Person B finds it and asks to join, seeing the house rules first.
    const colleague = await signedIn('Fatima Begum');
    await colleague.goto(`/groups?q=${encodeURIComponent(name)}`);
    await colleague.getByRole('link', { name }).click();
    await colleague.getByRole('heading', { level: 1, name }).waitFor();
    await colleague.getByText('Only members can read this group’s posts.').or(colleague.getByText("Only members can read this group's posts.")).waitFor();
    await colleague.getByRole('button', { name: 'Request to join' }).click();
    const dialog = colleague.getByRole('dialog');
    await dialog.getByText('Keep residents’ details out of posts.').waitFor();
    await dialog.getByLabel('Message to the managers (optional)').fill('I run the planning consultations.');
    await dialog.getByRole('checkbox', { name: 'I have read the group rules' }).check();
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await colleague.getByRole('status').getByText(/Request sent/).waitFor();

    // Person A approves on the Requests tab; the members list shows B without a reload.
    await lead.getByRole('tab', { name: /Requests/ }).click();
    await lead.getByText('I run the planning consultations.').waitFor();
    await lead.getByRole('button', { name: 'Approve Fatima Begum' }).click();
    await lead.getByText('No one is waiting to join.').waitFor();
    await lead.getByRole('tab', { name: 'Members' }).click();
    await lead.getByRole('list', { name: 'Members' }).locator('strong', { hasText: 'Fatima Begum' }).waitFor();

    // Person B is now a member and sees the group's content.
    await colleague.reload();
    await colleague.getByRole('heading', { level: 1, name }).waitFor();
    await colleague.getByText('You are a member').waitFor();
    await colleague.getByRole('button', { name: 'Leave group' }).waitFor();
    await expect(colleague.getByText(/Only members can read this group/).count()).resolves.toBe(0);
    await colleague.getByRole('tab', { name: 'Members' }).click();
    await colleague.getByRole('list', { name: 'Members' }).locator('strong', { hasText: 'Daniel Byrne' }).waitFor();
  });
});

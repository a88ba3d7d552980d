import { expectNoAxeViolations } from './support/browser';
import { url } from './support/server';
import { signedInPeople } from './support/sign-in';

/**
 * Data rights (issue #8): a member downloads their data; a site admin prepares an erasure (without
 * erasing a demo colleague other journeys use) and manages a retention policy.
 */
describe('Data rights', () => {
  const people = signedInPeople();

  it('lets a member download their data from their profile', async () => {
    const page = await people.signIn('Karen Lloyd');
    await page.goto('/profile');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Download your data' }).waitFor();
    await expectNoAxeViolations(page);
    const link = main.getByRole('link', { name: 'Download as a web page' });
    await expect(link.getAttribute('href')).resolves.toBe('/api/people/me/data?format=html');
    const json = await page.context().request.get(url('/api/people/me/data?format=json'));
    expect(json.status()).toBe(200);
    expect(json.headers()['content-disposition']).toMatch(/^attachment; filename="moot-karen-lloyd-\d{4}-\d{2}-\d{2}\.json"$/);
    await expect(json.json()).resolves.toMatchObject({ profile: { displayName: 'Karen Lloyd' } });
  });

  it('lets an admin find a person, see what erasure would do, and be told what is missing', async () => {
    const page = await people.signIn('Marcus Bell');
    await page.goto('/admin/erasure');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: "Erase a person's data" }).waitFor();
    await main.getByLabel('Name or email address').fill('Priya');
    await main.getByRole('button', { name: 'Search' }).click();
    await main.getByRole('button', { name: 'Choose Priya Shah' }).click();
    await main.getByRole('heading', { level: 2, name: 'Priya Shah' }).waitFor();
    await expectNoAxeViolations(page);
    await main.getByRole('button', { name: 'Erase their data' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await main.getByRole('link', { name: 'Enter their email address to confirm' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('lets an admin add, preview and delete a retention policy', async () => {
    const page = await people.signIn('Marcus Bell');
    await page.goto('/admin/retention');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Retention policies' }).waitFor();
    await main.getByLabel('Group name').fill('Webchat');
    await main.getByRole('button', { name: 'Find groups' }).click();
    await main.getByRole('radio', { name: 'Webchat rehearsal group' }).check();
    await main.getByLabel('Delete posts older than (days)').fill('3650');
    await main.getByRole('button', { name: 'Add policy' }).click();
    await main.getByText('Added: posts in Webchat rehearsal group older than 3,650 days').waitFor();
    await expectNoAxeViolations(page);
    await main.getByRole('button', { name: 'Preview Webchat rehearsal group' }).click();
    await main.getByText('Webchat rehearsal group: the next run would delete 0 posts').waitFor();
    await main.getByRole('button', { name: 'Delete Webchat rehearsal group' }).click();
    await main.getByRole('button', { name: 'Yes, delete the policy' }).click();
    await main.getByText('Deleted the policy for Webchat rehearsal group').waitFor();
  });
});

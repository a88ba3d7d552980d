import { expectNoAxeViolations } from './support/browser';
import { url } from './support/server';
import { signedInPeople } from './support/sign-in';

/** Whole-council export (issue #8): an admin starts one, follows its progress, downloads and deletes it. */
describe('Council export', () => {
  const people = signedInPeople();

  it('lets an admin export the whole council, download the archive and delete it', async () => {
    const page = await people.signIn('Marcus Bell');
    await page.goto('/admin/exports');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Export the whole council' }).waitFor();
    await expectNoAxeViolations(page);
    await main.getByRole('button', { name: 'Start an export' }).click();
    await main.getByText('Export started.').waitFor();
    await main.getByText(/The export is ready to download/).waitFor({ timeout: 60_000 });
    await expectNoAxeViolations(page);

    const link = main.getByRole('link', { name: /^Download the export of/ }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/admin\/exports\/[0-9a-f-]{36}\/download$/);
    const archive = await page.context().request.get(url(href!));
    expect(archive.status()).toBe(200);
    expect(archive.headers()['content-type']).toBe('application/gzip');
    expect((await archive.body()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    await main.getByRole('button', { name: /^Delete the export of/ }).first().click();
    await main.getByRole('button', { name: 'Yes, delete it' }).click();
    await main.getByText(/^Deleted the export of/).waitFor();
  });
});

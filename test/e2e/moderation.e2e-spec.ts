import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/browser';
import { signedInPeople } from './support/sign-in';

/**
 * Issue #8: a colleague reports a post, the group's manager removes it with a reason, the author
 * reads the reason and asks for a review, and the post is gone for everyone else.
 */
describe('Moderation', () => {
  const people = signedInPeople();
  const signedIn = (displayName: string): Promise<Page> => people.signIn(displayName);

  it('reports a post, a manager removes it with a reason, and the author asks for a review', async () => {
    const postText = `Everyone on the housing desk is hopeless, as usual ${Date.now()}`;
    const reason = 'Breaks house rule 2: criticise work, not colleagues.';

    // The author posts in the open group's discussion and opens the thread.
    const author = await signedIn('Liam Walsh');
    await author.goto('/groups/webchat-rehearsal');
    await author.getByRole('heading', { level: 1 }).waitFor();
    await author.getByRole('tab', { name: 'Discussion' }).click();
    await author.getByText('Loading posts…').waitFor({ state: 'detached' });
    await author.getByLabel('Your post', { exact: true }).fill(postText);
    await author.getByRole('button', { name: 'Post', exact: true }).click();
    const card = author.locator('article', { hasText: postText });
    await card.waitFor();
    await card.getByRole('link', { name: /0 replies/ }).click();
    await author.waitForURL(/\/posts\/[0-9a-f-]+$/);
    const threadUrl = new URL(author.url()).pathname;

    // A colleague reports it through the post's Report button.
    const reporter = await signedIn('Sean Murphy');
    await reporter.goto(threadUrl);
    const main = reporter.getByRole('main');
    await main.getByText(postText).waitFor();
    await main.getByRole('button', { name: 'Report Liam Walsh’s post' }).click();
    await reporter.getByRole('dialog', { name: 'Report this post' }).waitFor();
    // The dialog's title becomes "Report sent" once it is sent.
    const dialog = reporter.getByRole('dialog');
    await expectNoAxeViolations(reporter);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Choose why you are reporting this').first().waitFor();
    await dialog.getByText('Bullying or harassment', { exact: true }).click();
    await dialog.getByLabel('Details (optional)').fill('It names a whole team as hopeless.');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await dialog.getByText('Thanks — moderators will look at this').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The group's owner opens the moderation queue from the header and removes it with a reason.
    const manager = await signedIn('Priya Shah');
    await manager.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Moderation/ }).click();
    await manager.waitForURL(/\/moderation/);
    const queue = manager.getByRole('main');
    const caseCard = queue.locator('article', { hasText: postText });
    await caseCard.waitFor();
    await caseCard.getByText('Bullying or harassment').waitFor();
    await caseCard.getByText('Sean Murphy').first().waitFor();
    await expectNoAxeViolations(manager);
    await caseCard.getByRole('button', { name: 'Remove', exact: true }).click();
    await caseCard.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await caseCard.getByRole('button', { name: 'Remove', exact: true }).click();
    await queue.getByText('Removed. The author has been told why.').waitFor({ state: 'attached' });
    await caseCard.waitFor({ state: 'detached' });
    await queue.getByRole('tab', { name: 'Resolved' }).click();
    await queue.locator('article', { hasText: postText }).getByText(reason).waitFor();

    // The author sees the reason on the post and asks for a review.
    await author.goto(threadUrl);
    const authorMain = author.getByRole('main');
    await authorMain.getByText(`Removed by a moderator: ${reason}`).waitFor();
    await authorMain.getByRole('link', { name: 'Ask for a review' }).click();
    await author.waitForURL(/\/moderation\/decisions/);
    const note = authorMain.getByLabel('Why should it be looked at again?');
    await note.waitFor();
    await note.fill('It was about a process that keeps failing, not about people.');
    await authorMain.getByRole('button', { name: 'Send request' }).click();
    await authorMain.getByText(/You asked for a review on/).waitFor();
    await expectNoAxeViolations(author);

    // Gone for the reporter: the thread is not found and the group's feed no longer has it.
    await reporter.goto(threadUrl);
    await main.getByRole('heading', { level: 1, name: 'Post not found' }).waitFor();
    await reporter.goto('/groups/webchat-rehearsal');
    await reporter.getByRole('tab', { name: 'Discussion' }).click();
    await reporter.getByText('Loading posts…').waitFor({ state: 'detached' });
    expect(await main.getByText(postText).count()).toBe(0);
  });
});

import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/browser';
import { signedInPeople } from './support/sign-in';

describe('Discussion', () => {
  const people = signedInPeople();
  const signedIn = (displayName: string): Promise<Page> => people.signIn(displayName);

  it('shows a colleague’s reply in an open thread without a reload', async () => {
    const postText = `Who can cover the webchat rehearsal on Thursday? ${Date.now()}`;
    const replyText = `I can take the first hour ${Date.now()}`;

    // Person A posts in the group's discussion.
    const author = await signedIn('Liam Walsh');
    await author.goto('/groups/webchat-rehearsal');
    await author.getByRole('heading', { level: 1 }).waitFor();
    await author.getByRole('tab', { name: 'Discussion' }).click();
    await author.getByText('Loading posts…').waitFor({ state: 'detached' });
    await author.getByLabel('Your post', { exact: true }).fill(postText);
    await author.getByRole('button', { name: 'Post', exact: true }).click();
    const card = author.locator('article', { hasText: postText });
    await card.waitFor();
    await expectNoAxeViolations(author);

    // A opens the thread.
    await card.getByRole('link', { name: /0 replies/ }).click();
    await author.waitForURL(/\/posts\/[0-9a-f-]+$/);
    await author.getByRole('heading', { level: 1, name: 'Post by Liam Walsh' }).waitFor();
    const threadUrl = new URL(author.url()).pathname;

    // Person B opens the same thread and types a reply; A sees that B is typing.
    const colleague = await signedIn('Sean Murphy');
    await colleague.goto(threadUrl);
    await colleague.getByRole('heading', { level: 1, name: 'Post by Liam Walsh' }).waitFor();
    await colleague.getByText(postText).waitFor();
    await expectNoAxeViolations(colleague);
    await colleague.getByLabel('Your reply', { exact: true }).pressSequentially(replyText, { delay: 80 });
    await author.getByText('Sean Murphy is typing…').waitFor({ timeout: 15_000 });
    await colleague.getByRole('button', { name: 'Send reply' }).click();
    await colleague.locator('.moot-reply', { hasText: replyText }).waitFor();

    // A sees it arrive at the bottom of the thread, with no reload.
    await author.locator('.moot-reply', { hasText: replyText }).waitFor({ timeout: 15_000 });
    await author.getByText('New reply from Sean Murphy').waitFor({ state: 'attached' });
    await expectNoAxeViolations(author);
  });
});

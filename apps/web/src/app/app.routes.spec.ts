import { Routes } from '@angular/router';

import { routes } from './app.routes';
import { authGuard } from './core/auth/auth.guard';
import { houseRulesGuard } from './core/house-rules/house-rules.guard';

describe('app routes', () => {
  it.each([
    ['', 'Home'],
    ['sign-in', 'Sign in'],
    ['accessibility', 'Accessibility statement'],
    ['house-rules', 'House rules'],
    ['**', 'Page not found'],
  ])('lazy-loads %p with the title %p', async (path, title) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.title).toBe(title);
    await expect(route?.loadComponent?.()).resolves.toBeDefined();
  });

  it.each([
    ['notifications/preferences', 'Notification settings'],
    ['search', 'Search'],
  ])('lazy-loads %p with the title %p behind authGuard and houseRulesGuard', async (path, title) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.title).toBe(title);
    expect(route?.canActivate).toEqual([authGuard, houseRulesGuard]);
    await expect(route?.loadComponent?.()).resolves.toBeDefined();
  });

  it.each([
    ['people', ['Find people', 'Colleague']],
    ['profile', ['Your profile', 'Edit your profile']],
    ['moderation', ['Moderation', 'Your moderation decisions', 'Election periods']],
  ])('lazy-loads %p behind authGuard and houseRulesGuard', async (path, titles) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.canActivate).toEqual([authGuard, houseRulesGuard]);
    const children = (await route?.loadChildren?.()) as Routes;
    expect(children.map((child) => child.title)).toEqual(titles);
    await Promise.all(children.map((child) => expect(child.loadComponent?.()).resolves.toBeDefined()));
  });

  it.each([
    ['house-rules', 'House rules'],
    ['house-rules/accept', 'Accept the house rules'],
    ['moderation-policy', 'Moderation policy'],
  ])('lazy-loads %p with the title %p for signed-in people, without asking them to accept first', async (path, title) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.title).toBe(title);
    expect(route?.canActivate).toEqual([authGuard]);
    await expect(route?.loadComponent?.()).resolves.toBeDefined();
  });

  it('lazy-loads the admin area behind adminGuard, with a fallback page for everyone else', async () => {
    const [guarded, fallback] = routes.filter((candidate) => candidate.path === 'admin');

    expect(guarded.canMatch).toHaveLength(1);
    const children = (await guarded.loadChildren?.()) as Routes;
    expect(children.map((child) => child.path)).toEqual(
      expect.arrayContaining(['', 'identity-providers', 'scim-tokens', 'watch-list', 'election-periods']),
    );
    expect(children.at(-1)?.path).toBe('**');
    expect(fallback.children?.[0].title).toBe('You need to be a site admin');
  });
});

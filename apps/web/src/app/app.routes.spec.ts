import { Routes } from '@angular/router';

import { routes } from './app.routes';

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
  ])('lazy-loads %p with the title %p behind authGuard', async (path, title) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.title).toBe(title);
    expect(route?.canActivate).toHaveLength(1);
    await expect(route?.loadComponent?.()).resolves.toBeDefined();
  });

  it.each([
    ['people', ['Find people', 'Colleague']],
    ['profile', ['Your profile', 'Edit your profile']],
  ])('lazy-loads %p behind authGuard', async (path, titles) => {
    const route = routes.find((candidate) => candidate.path === path);

    expect(route?.canActivate).toHaveLength(1);
    const children = (await route?.loadChildren?.()) as Routes;
    expect(children.map((child) => child.title)).toEqual(titles);
    await Promise.all(children.map((child) => expect(child.loadComponent?.()).resolves.toBeDefined()));
  });

  it('lazy-loads the admin area behind adminGuard, with a fallback page for everyone else', async () => {
    const [guarded, fallback] = routes.filter((candidate) => candidate.path === 'admin');

    expect(guarded.canMatch).toHaveLength(1);
    await expect(guarded.loadChildren?.()).resolves.toHaveLength(7);
    expect(fallback.children?.[0].title).toBe('You need to be a site admin');
  });
});

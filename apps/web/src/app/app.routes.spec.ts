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
});

import { groupsRoutes } from './groups.routes';

describe('groupsRoutes', () => {
  it.each([
    ['', 'Groups'],
    ['new', 'Create a group'],
    [':slug', 'Group'],
  ])('lazy-loads %p with the title %p', async (path, title) => {
    const route = groupsRoutes.find((candidate) => candidate.path === path);

    expect(route?.title).toBe(title);
    await expect(route?.loadComponent?.()).resolves.toBeDefined();
  });

  it('matches "new" before a group called by its slug', () => {
    expect(groupsRoutes.findIndex((route) => route.path === 'new')).toBeLessThan(
      groupsRoutes.findIndex((route) => route.path === ':slug'),
    );
  });
});

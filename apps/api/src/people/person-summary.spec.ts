import { toPersonSummary } from './person-summary';

describe(toPersonSummary.name, () => {
  const department = { id: 'd1', name: 'Planning', slug: 'planning', createdAt: new Date() };

  it('shows an active colleague with their job, department and versioned avatar', () => {
    expect(toPersonSummary({ id: 'u1', displayName: 'Chloe Fraser', jobTitle: 'Senior Planning Officer', status: 'active', avatarKey: 'avatars/u1/abc123', department })).toEqual({
      id: 'u1',
      displayName: 'Chloe Fraser',
      jobTitle: 'Senior Planning Officer',
      department: { id: 'd1', name: 'Planning', slug: 'planning' },
      avatarUrl: '/api/people/u1/avatar?size=128&v=abc123',
      formerColleague: false,
    });
  });

  it('shows a deactivated person as a former colleague with nothing but their name', () => {
    expect(toPersonSummary({ id: 'u2', displayName: 'Old Hand', jobTitle: 'Officer', status: 'deactivated', avatarKey: 'avatars/u2/x', department })).toEqual({
      id: 'u2',
      displayName: 'Old Hand',
      jobTitle: null,
      department: null,
      avatarUrl: null,
      formerColleague: true,
    });
  });
});

import { needsHouseRules } from './house-rules-routes';

describe(needsHouseRules.name, () => {
  it('matches the listed content writes by method and route pattern', () => {
    expect(needsHouseRules('POST', '/api/posts')).toBe(true);
    expect(needsHouseRules('post', '/api/groups/:idOrSlug/join')).toBe(true);
    expect(needsHouseRules('POST', '/api/posts/:id/replies/')).toBe(true);
    expect(needsHouseRules('POST', '/api/reports')).toBe(true);
  });

  it('leaves reads, other writes and unrouted requests alone', () => {
    expect(needsHouseRules('GET', '/api/posts')).toBe(false);
    expect(needsHouseRules('POST', '/api/groups/:idOrSlug/leave')).toBe(false);
    expect(needsHouseRules('POST', '/api/site-documents/house_rules/acceptances')).toBe(false);
    expect(needsHouseRules('POST', undefined)).toBe(false);
  });
});

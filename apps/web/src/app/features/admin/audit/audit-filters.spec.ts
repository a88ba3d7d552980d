import { auditFiltersFrom, csvUrl, rangeIsBackwards, toApiParams, toQueryParams } from './audit-filters';

describe('audit filters', () => {
  it('drops values the API would refuse', () => {
    expect(auditFiltersFrom({ q: '  jo  ', action: 'DROP TABLE', outcome: 'maybe', from: 'yesterday', actorId: 'nope', targetType: 'user' })).toEqual({
      q: 'jo',
      action: '',
      outcome: '',
      from: '',
      to: '',
      actorId: '',
      targetType: 'user',
      targetId: '',
    });
  });

  it('sends whole local days: from the start of "from" to the start of the day after "to"', () => {
    const filters = auditFiltersFrom({ from: '2026-03-29', to: '2026-03-29', outcome: 'failure' });
    expect(toApiParams(filters, 'abc')).toEqual({
      outcome: 'failure',
      from: new Date(2026, 2, 29).toISOString(),
      to: new Date(2026, 2, 30).toISOString(),
      cursor: 'abc',
    });
  });

  it('keeps only set filters in the URL and in the CSV link', () => {
    const filters = auditFiltersFrom({ q: 'a&b', action: 'auth.sign_in' });
    expect(toQueryParams(filters)).toEqual({ q: 'a&b', action: 'auth.sign_in' });
    expect(csvUrl(filters)).toBe('/api/admin/audit.csv?q=a%26b&action=auth.sign_in');
    expect(csvUrl(auditFiltersFrom({}))).toBe('/api/admin/audit.csv');
  });

  it('spots a range that ends before it starts', () => {
    expect(rangeIsBackwards({ from: '2026-02-01', to: '2026-01-31' })).toBe(true);
    expect(rangeIsBackwards({ from: '2026-02-01', to: '2026-02-01' })).toBe(false);
    expect(rangeIsBackwards({ from: '', to: '2026-01-31' })).toBe(false);
  });
});

import { ArchiveTable } from './archive-format';
import { exportQuery } from './archive-writer';

describe('exportQuery', () => {
  const spec: ArchiveTable = {
    file: 'things',
    table: 'things',
    key: ['a_id', 'b_id'],
    fields: [
      { field: 'aId', column: 'a_id' },
      { field: 'flag', column: null, read: 't.x IS NOT NULL' },
    ],
  };

  it('pages by the whole key after the last row, and reads computed fields', () => {
    const first = exportQuery(spec, true);
    expect(first).toContain(`json_build_object('aId', t."a_id", 'flag', t.x IS NOT NULL)`);
    expect(first).not.toContain('WHERE');
    expect(exportQuery(spec, false)).toContain('WHERE (t."a_id", t."b_id") > ($1, $2) ORDER BY t."a_id", t."b_id" LIMIT 500');
  });

  it('splits more than 50 fields into merged objects (json_build_object takes at most 100 arguments)', () => {
    const wide: ArchiveTable = { ...spec, fields: Array.from({ length: 60 }, (_, index) => ({ field: `f${index}`, column: `c${index}` })) };
    const query = exportQuery(wide, true);
    expect(query.match(/json_build_object\(/g)).toHaveLength(2);
    expect(query).toContain('::jsonb || json_build_object(');
  });
});

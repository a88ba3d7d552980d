import { getMetadataArgsStorage } from 'typeorm';
import { ENTITIES } from '../database/entities';
import { ARCHIVE_TABLES, NOT_EXPORTED } from './archive-format';

describe('the council archive format', () => {
  it('decides for every table: exported, or listed with a reason why not', () => {
    const tables = getMetadataArgsStorage()
      .tables.filter((table) => (ENTITIES as unknown[]).includes(table.target))
      .map((table) => table.name as string);
    const exported = new Set(ARCHIVE_TABLES.map((spec) => spec.table));
    expect(tables.length).toBeGreaterThan(40);
    expect(tables.filter((table) => !exported.has(table) && !(table in NOT_EXPORTED))).toEqual([]);
    expect(Object.keys(NOT_EXPORTED).filter((table) => exported.has(table))).toEqual([]);
  });

  it('names each file once, and lists which person fields an anonymous author would be withheld from', () => {
    const files = ARCHIVE_TABLES.map((spec) => spec.file);
    expect(new Set(files).size).toBe(files.length);
    const cases = ARCHIVE_TABLES.find((spec) => spec.file === 'moderation-cases')!;
    expect(cases.fields.find((field) => field.field === 'authorId')!.read).toBe('CASE WHEN t.author_id = p.anonymous_author_id THEN NULL ELSE t.author_id END');
    expect(cases.fields.find((field) => field.field === 'withheld')).toMatchObject({ column: null, read: expect.stringContaining(`CASE WHEN t.decided_by = p.anonymous_author_id THEN 'decidedById' END`) });
  });
});

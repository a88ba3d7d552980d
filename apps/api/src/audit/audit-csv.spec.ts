import { csvCell, csvRow } from './audit-csv';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit CSV cells', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 20', "'+44 20"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('makes %j safe for spreadsheets', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('quotes cells with commas, quotes or line breaks, after neutralising formulas', () => {
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvRow(['1', null, 'x'])).toBe('1,,x\r\n');
  });
});

describe('audit cursor', () => {
  it('round-trips microsecond instants and ids', () => {
    const cursor = { at: '2026-11-23T01:02:03.456789Z', id: '42' };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'nope', Buffer.from('["2026-11-23T01:02:03.456Z","1"]').toString('base64url'), Buffer.from('["2026-11-23T01:02:03.456789Z","0x1"]').toString('base64url')])(
    'refuses %j as a 400 on cursor',
    (encoded) => {
      expect(() => decodeAuditCursor(encoded)).toThrow(expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'cursor' })] }));
    },
  );
});

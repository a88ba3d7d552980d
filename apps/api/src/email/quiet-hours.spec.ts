import { inQuietHours } from './quiet-hours';

describe(inQuietHours.name, () => {
  const overnight = { start: '22:00', end: '07:00' };

  it('is quiet inside hours that span midnight, in London time (BST in summer)', () => {
    expect(inQuietHours(overnight, new Date('2026-07-01T21:30:00Z'))).toBe(true); // 22:30 BST
    expect(inQuietHours(overnight, new Date('2026-07-01T05:59:00Z'))).toBe(true); // 06:59 BST
    expect(inQuietHours(overnight, new Date('2026-07-01T06:00:00Z'))).toBe(false); // 07:00 BST
  });

  it('is quiet inside daytime hours in winter (GMT)', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(inQuietHours(lunch, new Date('2026-01-15T12:30:00Z'))).toBe(true);
    expect(inQuietHours(lunch, new Date('2026-01-15T13:00:00Z'))).toBe(false);
  });

  it('is never quiet without quiet hours or with an empty range', () => {
    expect(inQuietHours(null, new Date())).toBe(false);
    expect(inQuietHours({ start: '09:00', end: '09:00' }, new Date())).toBe(false);
  });
});

import { GroupAccessEvents, narrowsAccess } from './group-access-events';

describe(GroupAccessEvents.name, () => {
  it('tells listeners until they stop, and stays quiet for an empty list of people', () => {
    const events = new GroupAccessEvents();
    const heard: unknown[] = [];
    const stop = events.onAccessNarrowed((event) => heard.push(event));

    events.emitAccessNarrowed({ groupId: 'g', userIds: ['u'] });
    events.emitAccessNarrowed({ groupId: 'g', userIds: [] });
    events.emitAccessNarrowed({ groupId: 'h' });
    stop();
    events.emitAccessNarrowed({ groupId: 'i' });

    expect(heard).toEqual([{ groupId: 'g', userIds: ['u'] }, { groupId: 'h' }]);
  });

  it('counts only changes towards less visible groups as narrowing', () => {
    expect(narrowsAccess('open', 'closed')).toBe(true);
    expect(narrowsAccess('open', 'secret')).toBe(true);
    expect(narrowsAccess('closed', 'secret')).toBe(true);
    expect(narrowsAccess('closed', 'closed')).toBe(false);
    expect(narrowsAccess('secret', 'open')).toBe(false);
    expect(narrowsAccess('closed', 'open')).toBe(false);
  });
});

import { roomsShowingGroup } from './room-eviction.service';

describe(roomsShowingGroup.name, () => {
  const g1 = '11111111-1111-4111-8111-111111111111';
  const g2 = '22222222-2222-4222-8222-222222222222';

  it("lists the group's room, its marker room and the joined rooms of its posts, nothing else", () => {
    const socket = {
      id: 's1',
      rooms: new Set(['s1', 'user:u', `group:${g1}`, `group-posts:${g1}`, 'post:p1', 'post:p2', `group:${g2}`, 'topic:planning']),
      data: { userId: 'u', postRoomGroups: { 'post:p1': g1, 'post:p2': g2, 'post:p3': g1 } },
    };

    expect(roomsShowingGroup(socket, g1)).toEqual([`group:${g1}`, `group-posts:${g1}`, 'post:p1']);
    expect(roomsShowingGroup(socket, g2)).toEqual([`group:${g2}`, 'post:p2']);
  });

  it('lists nothing for a socket that watches none of the group (or has no post notes)', () => {
    expect(roomsShowingGroup({ id: 's2', rooms: new Set(['s2', 'post:p1']), data: { userId: 'u' } }, g1)).toEqual([]);
  });
});

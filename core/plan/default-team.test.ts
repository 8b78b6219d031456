import { describe, expect, it } from 'vitest';
import { resolveDefaultTeam } from './default-team';
import type { TeamAssignment } from './plan.types';

describe('resolveDefaultTeam', () => {
  it("takes the type's own assignment for a role and the all-types one for the others, lead first", () => {
    const own: TeamAssignment[] = [{ role: 'spokesperson' as const, userId: 7, deputyUserIds: [8] }];
    const all: TeamAssignment[] = [
      { role: 'spokesperson' as const, userId: 2, deputyUserIds: [] },
      { role: 'crisis_lead' as const, userId: 1, deputyUserIds: [3, 4] },
    ];
    expect(resolveDefaultTeam(own, all)).toEqual([
      { role: 'crisis_lead', userId: 1, deputyUserIds: [3, 4], fromAllTypes: true },
      { role: 'spokesperson', userId: 7, deputyUserIds: [8], fromAllTypes: false },
    ]);
  });

  it('is empty when nobody is assigned', () => {
    expect(resolveDefaultTeam([], [])).toEqual([]);
  });
});

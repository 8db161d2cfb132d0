import { ROLES, type Role } from '../domain/types';
import { PERMISSIONS, type Permission } from './access-table';
import { decideAccess, type AccessSubject } from './decide-access';

const coalition = { coalitionGroupKeys: ['SPD', 'GRUENE'] };
const manager = (groupKey: string | null): AccessSubject => ({ role: 'manager', groupKey });
const permissions = Object.keys(PERMISSIONS) as Permission[];

describe('decideAccess', () => {
  it('should refuse every permission but public when there is no token', () => {
    for (const permission of permissions) {
      expect([permission, decideAccess(permission, null, coalition)]).toEqual([
        permission,
        permission === 'public' ? { allowed: true } : { allowed: false, refusal: 'MISSING_TOKEN' },
      ]);
    }
  });

  it('should let a role through exactly when the table lists it', () => {
    for (const permission of permissions) {
      const roles = PERMISSIONS[permission].roles;
      for (const role of ROLES.filter((r) => r !== 'manager')) {
        const allowed = roles === 'anyone' || (roles as readonly Role[]).includes(role);
        expect([
          permission,
          role,
          decideAccess(permission, { role, groupKey: null }, coalition),
        ]).toEqual([
          permission,
          role,
          allowed ? { allowed: true } : { allowed: false, refusal: 'FORBIDDEN_ROLE' },
        ]);
      }
    }
  });

  it('should refuse writes to a manager of a non-coalition group or of no group', () => {
    for (const subject of [manager('CDU'), manager(null)]) {
      for (const permission of ['motions.write', 'votes.record', 'whip.write'] as const) {
        expect(decideAccess(permission, subject, { ...coalition, lineGroupKey: 'CDU' })).toEqual({
          allowed: false,
          refusal: 'NOT_COALITION_MANAGER',
        });
      }
      expect(decideAccess('whip.read', subject, coalition)).toEqual({ allowed: true });
    }
  });

  it("should let a coalition manager write the own, the mayor's and non-coalition lines only", () => {
    const spd = manager('SPD');
    for (const line of ['SPD', 'MAYOR', 'CDU', 'AfD']) {
      expect(decideAccess('whip.write', spd, { ...coalition, lineGroupKey: line }).allowed).toBe(
        true,
      );
    }
    expect(decideAccess('whip.write', spd, { ...coalition, lineGroupKey: 'GRUENE' })).toEqual({
      allowed: false,
      refusal: 'FOREIGN_COALITION_LINE',
    });
    const admin: AccessSubject = { role: 'admin', groupKey: null };
    expect(
      decideAccess('whip.write', admin, { ...coalition, lineGroupKey: 'GRUENE' }).allowed,
    ).toBe(true);
  });

  it('should keep whip details from councillors and every whip read from the committee', () => {
    const councillor: AccessSubject = { role: 'councillor', groupKey: 'SPD' };
    const committee: AccessSubject = { role: 'committee', groupKey: null };
    expect(decideAccess('whip.read', councillor, coalition).allowed).toBe(true);
    expect(decideAccess('whip.details', councillor, coalition).allowed).toBe(false);
    for (const permission of [
      'whip.read',
      'whip.details',
      'liveEntry.read',
      'scenarios.read',
    ] as const) {
      expect(decideAccess(permission, committee, coalition).allowed).toBe(false);
    }
    expect(decideAccess('history.read', committee, coalition).allowed).toBe(true);
  });
});

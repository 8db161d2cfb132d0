import seed from './bochum-2025.json';
import { planSeedMembers, type SeedFile } from './seed.types';

describe('planSeedMembers', () => {
  const data: SeedFile = seed;

  it('should plan one member per seat of the Bochum 2025 seed', () => {
    const plan = planSeedMembers(data);
    expect(plan).toHaveLength(92);
    expect(plan.filter((m) => m.groupKey === 'SPD')).toHaveLength(26);
  });

  it('should place confirmed councillors and skip unconfirmed ones', () => {
    const names = planSeedMembers(data).map((m) => m.name);
    expect(names).toContain('Martina Schnell');
    expect(names).toContain('Nadja Zein-Draeger');
    expect(names).not.toContain('Serdar Yüksel');
    expect(names).toContain('SPD – Sitz 26');
    expect(names).not.toContain('SPD – Sitz 27');
  });

  it('should give every group a distinct chart order', () => {
    const orders = data.groups.map((g) => g.chartOrder);
    expect(new Set(orders).size).toBe(12);
  });

  it('should reject seed data whose seats do not add up', () => {
    const broken: SeedFile = { ...data, council: { ...data.council, seats: 93 } };
    expect(() => planSeedMembers(broken)).toThrow(/sum to 92/);
  });
});

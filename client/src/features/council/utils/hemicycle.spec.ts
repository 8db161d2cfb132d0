import { describe, expect, it } from '@jest/globals';
import { capacityOf, distributeSeats, hemicycleLayout } from './hemicycle';

const groups = [
  { key: 'A', seats: 26, setApart: false },
  { key: 'B', seats: 13, setApart: false },
  { key: 'C', seats: 18, setApart: false },
  { key: 'X', seats: 14, setApart: true },
  { key: 'D', seats: 21, setApart: false },
];

describe('hemicycleLayout', () => {
  it('should place one seat per member when groups are given', () => {
    const layout = hemicycleLayout(groups);
    expect(layout.seats).toHaveLength(92);
    for (const group of groups) {
      expect(layout.seats.filter((s) => s.groupKey === group.key)).toHaveLength(group.seats);
    }
  });

  it('should order groups left to right when filling by angle', () => {
    const layout = hemicycleLayout(groups);
    const meanX = (key: string) => {
      const xs = layout.seats.filter((s) => s.groupKey === key).map((s) => s.x);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const order = groups.map((g) => meanX(g.key));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('should keep seats from overlapping when laid out', () => {
    const { seats, seatRadius } = hemicycleLayout(groups);
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++) {
        const d = Math.hypot(seats[i].x - seats[j].x, seats[i].y - seats[j].y);
        expect(d).toBeGreaterThanOrEqual(2 * seatRadius);
      }
    }
  });

  it('should be deterministic when called twice', () => {
    expect(hemicycleLayout(groups)).toEqual(hemicycleLayout(groups));
  });

  it('should distribute exactly the seats asked for when rows have room', () => {
    for (const total of [1, 5, 40, 93, 150]) {
      let rows = 1;
      while (capacityOf(rows) < total) rows += 1;
      expect(distributeSeats(total, rows).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

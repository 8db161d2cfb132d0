/**
 * Parliament-chart geometry (pure and deterministic): seats on concentric half rings, filled by
 * angle from left to right so that each group forms one wedge. A gap (one empty radial column)
 * separates groups whose `setApart` flag differs from their neighbour's.
 */
export type HemicycleGroup = { key: string; seats: number; setApart: boolean };

export type SeatPosition = { x: number; y: number; groupKey: string; indexInGroup: number };

export type HemicycleLayout = {
  seats: SeatPosition[];
  rows: number;
  seatRadius: number;
  mayor: { x: number; y: number; r: number };
  viewBox: { x: number; y: number; width: number; height: number };
};

const OUTER_RADIUS = 100;
const INNER_RATIO = 0.36;
const SEAT_FILL = 0.42;

type Slot = { x: number; y: number; angle: number; radius: number };

function rowRadii(rows: number): number[] {
  const inner = OUTER_RADIUS * INNER_RATIO;
  if (rows === 1) return [OUTER_RADIUS];
  const step = (OUTER_RADIUS - inner) / (rows - 1);
  return Array.from({ length: rows }, (_, i) => inner + i * step);
}

function rowGap(rows: number): number {
  const inner = OUTER_RADIUS * INNER_RATIO;
  return rows === 1 ? OUTER_RADIUS - inner : (OUTER_RADIUS - inner) / (rows - 1);
}

function rowCapacity(radius: number, gap: number): number {
  return Math.floor((Math.PI * radius) / gap) + 1;
}

export function capacityOf(rows: number): number {
  const gap = rowGap(rows);
  return rowRadii(rows).reduce((sum, radius) => sum + rowCapacity(radius, gap), 0);
}

/** Seats per row, proportional to the row's length (largest remainder), within each row's room. */
export function distributeSeats(total: number, rows: number): number[] {
  const radii = rowRadii(rows);
  const gap = rowGap(rows);
  const caps = radii.map((radius) => rowCapacity(radius, gap));
  const length = radii.reduce((sum, radius) => sum + radius, 0);
  const exact = radii.map((radius) => (total * radius) / length);
  const counts = exact.map((value, i) => Math.min(caps[i], Math.floor(value)));
  let left = total - counts.reduce((sum, n) => sum + n, 0);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || b.i - a.i);
  while (left > 0) {
    const before = left;
    for (const { i } of order) {
      if (left > 0 && counts[i] < caps[i]) {
        counts[i] += 1;
        left -= 1;
      }
    }
    if (left === before) throw new Error(`No room for ${total} seats in ${rows} rows`);
  }
  return counts;
}

function slotsFor(total: number, rows: number): Slot[] {
  const radii = rowRadii(rows);
  const slots: Slot[] = [];
  distributeSeats(total, rows).forEach((count, row) => {
    const radius = radii[row];
    for (let j = 0; j < count; j++) {
      const angle = count === 1 ? Math.PI / 2 : Math.PI - (j * Math.PI) / (count - 1);
      slots.push({ x: radius * Math.cos(angle), y: -radius * Math.sin(angle), angle, radius });
    }
  });
  return slots.sort((a, b) => b.angle - a.angle || a.radius - b.radius);
}

function gapCount(groups: readonly HemicycleGroup[]): number {
  return groups.filter((g, i) => i > 0 && g.seats > 0 && g.setApart !== groups[i - 1].setApart)
    .length;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Lays out the groups (already in chart order, left to right). */
export function hemicycleLayout(groups: readonly HemicycleGroup[]): HemicycleLayout {
  const seatsTotal = groups.reduce((sum, g) => sum + g.seats, 0);
  const gaps = gapCount(groups);
  let rows = 1;
  while (capacityOf(rows) < seatsTotal + gaps * rows) rows += 1;
  const slots = slotsFor(seatsTotal + gaps * rows, rows);
  const seatRadius = round(rowGap(Math.max(rows, 2)) * SEAT_FILL);

  const seats: SeatPosition[] = [];
  let next = 0;
  groups.forEach((group, gi) => {
    if (gi > 0 && group.seats > 0 && group.setApart !== groups[gi - 1].setApart) next += rows;
    for (let k = 0; k < group.seats; k++) {
      const slot = slots[next++];
      seats.push({ x: round(slot.x), y: round(slot.y), groupKey: group.key, indexInGroup: k });
    }
  });

  const margin = seatRadius + 2;
  const mayorRadius = round(seatRadius * 1.7);
  const mayor = { x: 0, y: round(-mayorRadius - 2), r: mayorRadius };
  return {
    seats,
    rows,
    seatRadius,
    mayor,
    viewBox: {
      x: -(OUTER_RADIUS + margin),
      y: -(OUTER_RADIUS + margin),
      width: 2 * (OUTER_RADIUS + margin),
      height: OUTER_RADIUS + 2 * margin,
    },
  };
}

// Engine benchmark: the calculator recomputes on every click, so tally + builder must stay far
// below a frame (goal: p99 < 2 ms for the Bochum council, < 20 ms for 14 groups).
import { performance } from 'node:perf_hooks';
import { majorityOptions, tallyVote, whipScenarios } from '../dist/index.js';

const bochum = [
  ['SPD', 26],
  ['GRUENE', 13],
  ['CDU', 18],
  ['AfD', 14, true],
  ['LINKE', 9],
  ['UWG', 3],
  ['FDP', 2],
  ['STADTGESTALTER', 2],
  ['PARTEI', 2],
  ['BSW', 1],
  ['VOLT', 1],
  ['TIERSCHUTZ', 1],
].map(([key, seats, excluded]) => ({ key, seats, excluded: Boolean(excluded) }));
const mayor = { key: 'MAYOR', seats: 1, excluded: false, isMayor: true };

function randomCouncil(groups, seed) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: groups }, (_, i) => ({
    key: `G${i}`,
    seats: 1 + Math.floor(next() * 20),
    excluded: i === 0,
  }));
}

function measure(name, runs, fn) {
  const samples = [];
  for (let i = 0; i < Math.min(50, runs); i++) fn(i); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const fmt = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  console.log(`${name.padEnd(44)} p50 ${fmt(at(0.5))}  p95 ${fmt(at(0.95))}  p99 ${fmt(at(0.99))}`);
}

const all = [...bochum, mayor];
const blocks = all.map((g) => ({
  ...g,
  yes: g.excluded ? 0 : g.seats,
  no: 0,
  abstain: 0,
  absent: 0,
}));
measure('tallyVote (Bochum, with pivotal groups)', 5000, () =>
  tallyVote({ votingMembers: 93, requiredMajority: 'simple', blocks }),
);
measure('whipScenarios (Bochum)', 5000, () =>
  whipScenarios({
    votingMembers: 93,
    requiredMajority: 'simple',
    groups: all.map((g) => ({ ...g, stance: 'yes', confidence: 'likely', absent: 0 })),
  }),
);
measure('majorityOptions (Bochum, firm SPD+GRUENE+MAYOR)', 2000, () =>
  majorityOptions({
    votingMembers: 93,
    requiredMajority: 'simple',
    groups: all,
    firmKeys: ['SPD', 'GRUENE', 'MAYOR'],
  }),
);
measure('majorityOptions (random 14 groups)', 200, (i) => {
  const groups = randomCouncil(14, i + 1);
  const seats = groups.reduce((sum, g) => sum + g.seats, 0);
  majorityOptions({ votingMembers: seats, requiredMajority: 'simple', groups, firmKeys: ['G1'] });
});

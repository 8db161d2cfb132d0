import {
  CONFIDENCES,
  MOTION_TYPES,
  REQUIRED_MAJORITIES,
  STANCES,
  MAYOR_KEY,
  VOTE_OPTIONS,
} from '@mehrheitsplaner/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgreement } from '@mehrheitsplaner/shared';
import seedJson from '../council/seed/bochum-2025.json';
import demoJson from './demo-motions.json';
import { DEMO_STATUS_PATHS, type DemoFile, type DemoVotesFile } from './demo-seed.types';
import { demoGroupCounts } from './demo-votes';
import votesJson from './demo-votes.json';

const demo = demoJson as DemoFile;
const past = votesJson as DemoVotesFile;
const groupKeys = new Set([...seedJson.groups.map((g) => g.key), MAYOR_KEY]);
const agreement = parseAgreement(
  readFileSync(join(__dirname, '../agreement/seed/koalitionsvertrag-bochum-2025-2030.md'), 'utf8'),
);

describe('demo motions', () => {
  it('should hold a dozen example motions with valid values', () => {
    expect(demo.motions.length).toBeGreaterThanOrEqual(12);
    expect(demo.titlePrefix).toBe('[Beispiel] ');
    for (const motion of demo.motions) {
      expect(MOTION_TYPES).toContain(motion.type);
      expect(DEMO_STATUS_PATHS[motion.status]).toBeDefined();
      if (motion.requiredMajority) expect(REQUIRED_MAJORITIES).toContain(motion.requiredMajority);
      for (const key of motion.sponsorGroupKeys ?? []) expect(groupKeys).toContain(key);
      for (const entry of motion.whip) {
        expect(groupKeys).toContain(entry.groupKey);
        expect(STANCES).toContain(entry.stance);
        expect(CONFIDENCES).toContain(entry.confidence);
      }
    }
  });

  it('should use distinct titles so re-seeding can recognise them', () => {
    const titles = demo.motions.map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('should file every motion under a chapter of the agreement and link pledges that exist', () => {
    const chapterOf = new Map(agreement.chapters.map((c) => [c.title, c]));
    const pledgeKeys = new Set(agreement.chapters.flatMap((c) => c.pledges.map((p) => p.key)));
    for (const motion of demo.motions) {
      expect(chapterOf.has(motion.policyArea ?? '')).toBe(true);
      for (const key of motion.pledgeKeys) expect(pledgeKeys).toContain(key);
    }
    // Drawn from the agreement: all but a procedural motion serve at least one pledge.
    const linked = demo.motions.filter((m) => m.pledgeKeys.length > 0).length;
    expect(linked).toBeGreaterThanOrEqual(demo.motions.length - 1);
  });
});

describe('demo votes (a year of council meetings)', () => {
  const decided = past.meetings.flatMap((meeting) => meeting.motions);
  const chapterTitles = new Set(agreement.chapters.map((c) => c.title));
  const pledgeKeys = new Set(agreement.chapters.flatMap((c) => c.pledges.map((p) => p.key)));

  it('should spread about twenty decided motions over the last twelve months', () => {
    expect(decided.length).toBeGreaterThanOrEqual(20);
    const days = past.meetings.map((meeting) => meeting.daysAgo);
    expect(Math.min(...days)).toBeGreaterThan(0);
    expect(Math.max(...days)).toBeLessThanOrEqual(365);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(300);
  });

  it('should hold valid values, distinct titles (also from the open examples) and a line for every group', () => {
    const titles = [...demo.motions, ...decided].map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const motion of decided) {
      expect(MOTION_TYPES).toContain(motion.type);
      expect(chapterTitles).toContain(motion.policyArea);
      for (const key of motion.pledgeKeys) expect(pledgeKeys).toContain(key);
      for (const key of motion.sponsorGroupKeys ?? []) expect(groupKeys).toContain(key);
      for (const entry of motion.whip) {
        expect(groupKeys).toContain(entry.groupKey);
        expect(STANCES).toContain(entry.stance);
        expect(CONFIDENCES).toContain(entry.confidence);
      }
      expect(['ballots', 'groupCounts']).toContain(motion.vote.by);
      expect(new Set(Object.keys(motion.vote.lines))).toEqual(groupKeys);
      for (const line of Object.values(motion.vote.lines)) expect(VOTE_OPTIONS).toContain(line);
    }
  });

  it('should fit the Bochum seats, with adoptions that rested on AfD votes and deviations to show', () => {
    const day = {
      date: '2026-01-01',
      groups: seedJson.groups.map((g) => ({ key: g.key, seats: g.seats })),
    };
    const outcomes = decided.map((motion) => {
      const counts = demoGroupCounts(day, true, motion.vote);
      const sum = (option: 'yes' | 'no') => counts.reduce((n, c) => n + c[option], 0);
      const afdYes = counts.find((c) => c.groupKey === 'AfD')?.yes ?? 0;
      return { passes: sum('yes') > sum('no'), onlyWithAfd: sum('yes') - afdYes <= sum('no') };
    });
    expect(outcomes.filter((o) => o.passes).length).toBeGreaterThan(decided.length / 2);
    expect(outcomes.filter((o) => !o.passes).length).toBeGreaterThanOrEqual(3);
    expect(outcomes.filter((o) => o.passes && o.onlyWithAfd).length).toBeGreaterThanOrEqual(2);
    expect(decided.filter((m) => m.vote.deviations).length).toBeGreaterThanOrEqual(3);
    expect(decided.filter((m) => m.vote.by === 'ballots').length).toBeGreaterThanOrEqual(2);
  });
});

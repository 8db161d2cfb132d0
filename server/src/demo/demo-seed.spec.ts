import {
  CONFIDENCES,
  MOTION_TYPES,
  REQUIRED_MAJORITIES,
  STANCES,
  MAYOR_KEY,
} from '@mehrheitsplaner/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgreement } from '@mehrheitsplaner/shared';
import seedJson from '../council/seed/bochum-2025.json';
import demoJson from './demo-motions.json';
import { DEMO_STATUS_PATHS, type DemoFile } from './demo-seed.types';

const demo = demoJson as DemoFile;
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

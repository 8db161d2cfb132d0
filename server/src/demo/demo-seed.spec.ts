import {
  CONFIDENCES,
  MOTION_TYPES,
  REQUIRED_MAJORITIES,
  STANCES,
  MAYOR_KEY,
} from '@mehrheitsplaner/shared';
import seedJson from '../council/seed/bochum-2025.json';
import demoJson from './demo-motions.json';
import { DEMO_STATUS_PATHS, type DemoFile } from './demo-seed.types';

const demo = demoJson as DemoFile;
const groupKeys = new Set([...seedJson.groups.map((g) => g.key), MAYOR_KEY]);

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
});

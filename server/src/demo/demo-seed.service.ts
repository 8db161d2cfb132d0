import { Injectable, Logger } from '@nestjs/common';
import { AgreementService } from '../agreement/agreement.service';
import type { AuthUser } from '../auth/auth.types';
import { MotionsService } from '../motions/motions.service';
import { WhipService } from '../whip/whip.service';
import demoJson from './demo-motions.json';
import { DEMO_STATUS_PATHS, type DemoFile, type DemoSeedResult } from './demo-seed.types';

/** JSON strings widen the unions; demo-seed.spec.ts checks every value against them. */
const DEMO = demoJson as DemoFile;

const SEEDER: AuthUser = { id: 0, username: 'seed:demo', role: 'admin', groupKey: null };

/**
 * Loads the example motions (`npm run seed:demo`), marked isExample and prefixed "[Beispiel]".
 * Never runs by itself; running it twice adds nothing (examples are matched by title).
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly motions: MotionsService,
    private readonly whip: WhipService,
    private readonly agreement: AgreementService,
  ) {}

  async seed(demo: DemoFile = DEMO): Promise<DemoSeedResult> {
    const existing = await this.motions.exampleTitles();
    const result: DemoSeedResult = { created: 0, skipped: 0 };
    for (const { whip, status, pledgeKeys, ...request } of demo.motions) {
      const title = `${demo.titlePrefix}${request.title}`;
      if (existing.has(title)) {
        result.skipped += 1;
        continue;
      }
      const motion = await this.motions.create({ ...request, title }, true);
      await this.agreement.linkPledgesByKey(motion.id, pledgeKeys);
      for (const { groupKey, ...entry } of whip) {
        await this.whip.put(motion.id, groupKey, entry, SEEDER);
      }
      let version = motion.version;
      for (const step of DEMO_STATUS_PATHS[status] ?? []) {
        version = (await this.motions.patch(motion.id, { version, status: step })).version;
      }
      result.created += 1;
    }
    this.logger.log(`Beispielanträge: ${result.created} angelegt, ${result.skipped} vorhanden`);
    return result;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AgreementService } from '../agreement/agreement.service';
import type { AuthUser } from '../auth/auth.types';
import { UnitOfWork } from '../database/unit-of-work';
import { MotionsService } from '../motions/motions.service';
import { WhipService } from '../whip/whip.service';
import demoJson from './demo-motions.json';
import { DEMO_STATUS_PATHS, type DemoFile, type DemoSeedResult } from './demo-seed.types';

/** JSON strings widen the unions; demo-seed.spec.ts checks every value against them. */
const DEMO = demoJson as DemoFile;

const SEEDER: AuthUser = { id: 0, username: 'seed:demo', role: 'admin', groupKey: null };

/**
 * Loads the example motions (`npm run seed:demo`), marked isExample and prefixed "[Beispiel]".
 * Never runs by itself; running it twice adds nothing (examples are matched by title). Writes
 * through the owners (motions, agreement, whip) in ONE unit of work: a failure leaves nothing
 * behind, and the motions are published once after the commit.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly whip: WhipService,
    private readonly agreement: AgreementService,
  ) {}

  async seed(demo: DemoFile = DEMO): Promise<DemoSeedResult> {
    const { created, skipped } = await this.uow.run(async () => {
      const existing = await this.motions.exampleTitles();
      const ids: number[] = [];
      for (const { whip, status, pledgeKeys, ...request } of demo.motions) {
        const title = `${demo.titlePrefix}${request.title}`;
        if (existing.has(title)) continue;
        const motion = await this.motions.add({ ...request, title }, { isExample: true });
        await this.agreement.linkPledgesByKey(motion.id, pledgeKeys);
        for (const { groupKey, ...entry } of whip) {
          await this.whip.put(motion.id, groupKey, entry, SEEDER);
        }
        for (const step of DEMO_STATUS_PATHS[status] ?? []) {
          await this.motions.revise(motion.id, { status: step });
        }
        ids.push(motion.id);
      }
      return { created: ids, skipped: demo.motions.length - ids.length };
    });
    for (const id of created) await this.motions.publish(await this.motions.motionOrThrow(id));
    this.logger.log(`Beispielanträge: ${created.length} angelegt, ${skipped} vorhanden`);
    return { created: created.length, skipped };
  }
}

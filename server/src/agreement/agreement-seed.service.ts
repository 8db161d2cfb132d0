import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { AgreementChapterEntity, AgreementPledgeEntity } from './agreement.entities';
import { loadSeedAgreement } from './agreement-seed';

/** Seeds the agreement's chapters and pledges on first start; never reseeds. */
@Injectable()
export class AgreementSeedService implements OnModuleInit {
  private readonly logger = new Logger(AgreementSeedService.name);

  constructor(private readonly uow: UnitOfWork) {}

  async onModuleInit(): Promise<void> {
    await this.seedIfEmpty();
  }

  async seedIfEmpty(): Promise<boolean> {
    const { chapters } = loadSeedAgreement();
    const seeded = await this.uow.run(async (manager) => {
      if ((await manager.count(AgreementChapterEntity)) > 0) return false;
      await manager.insert(
        AgreementChapterEntity,
        chapters.map(({ key, title, position }) => ({ key, title, position })),
      );
      const pledges = chapters.flatMap((chapter) =>
        chapter.pledges.map(({ key, position, text }) => ({
          key,
          position,
          text,
          chapterKey: chapter.key,
        })),
      );
      for (let i = 0; i < pledges.length; i += 100) {
        await manager.insert(AgreementPledgeEntity, pledges.slice(i, i + 100));
      }
      return true;
    });
    if (seeded) this.logger.log(`Coalition agreement seeded: ${chapters.length} chapters`);
    return seeded;
  }
}

import {
  agreementProgress,
  type ChapterProgress,
  type ChapterView,
  type MotionPledgesView,
  type PledgeView,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { HistoryRepository } from '../history/history.repository';
import { MotionsService } from '../motions/motions.service';
import {
  AgreementChapterEntity,
  AgreementPledgeEntity,
  MotionPledgeEntity,
} from './agreement.entities';
import { AgreementError } from './agreement.errors';

@Injectable()
export class AgreementService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly history: HistoryRepository,
    private readonly audit: AuditService,
  ) {}

  // Bound to the transaction in progress, so a check inside a write sees that write's rows.
  private get chapters() {
    return this.uow.repo(AgreementChapterEntity);
  }
  private get pledges() {
    return this.uow.repo(AgreementPledgeEntity);
  }
  private get links() {
    return this.uow.repo(MotionPledgeEntity);
  }

  /** The chapters (policy areas) in document order, with their pledge counts. */
  async chapterList(): Promise<ChapterView[]> {
    const [chapters, pledges] = await Promise.all([
      this.chapters.find({ order: { position: 'ASC' } }),
      this.pledges.find({ select: { chapterKey: true } }),
    ]);
    return chapters.map(({ key, title, position }) => ({
      key,
      title,
      position,
      pledges: pledges.filter((pledge) => pledge.chapterKey === key).length,
    }));
  }

  async pledgeList(chapterKey?: string): Promise<PledgeView[]> {
    if (chapterKey !== undefined && !(await this.chapters.exists({ where: { key: chapterKey } }))) {
      throw new AgreementError('CHAPTER_NOT_FOUND', `Unbekanntes Kapitel "${chapterKey}"`);
    }
    const [pledges, links, chapters] = await Promise.all([
      this.pledges.find({ where: chapterKey ? { chapterKey } : {} }),
      this.links.find(),
      this.chapters.find(),
    ]);
    const chapterOrder = new Map(chapters.map((chapter) => [chapter.key, chapter.position]));
    return pledges
      .sort(
        (a, b) =>
          (chapterOrder.get(a.chapterKey) ?? 0) - (chapterOrder.get(b.chapterKey) ?? 0) ||
          a.position - b.position,
      )
      .map((pledge) => ({
        id: pledge.id,
        key: pledge.key,
        chapterKey: pledge.chapterKey,
        position: pledge.position,
        text: pledge.text,
        motionIds: links
          .filter((link) => link.pledgeId === pledge.id)
          .map((link) => link.motionId)
          .sort((a, b) => a - b),
      }));
  }

  async pledgesOfMotion(motionId: number): Promise<MotionPledgesView> {
    await this.motions.motionOrThrow(motionId);
    const links = await this.links.find({ where: { motionId }, order: { pledgeId: 'ASC' } });
    return { motionId, pledgeIds: links.map((link) => link.pledgeId) };
  }

  /** Replaces the pledges a motion is linked to. */
  async linkPledges(motionId: number, pledgeIds: number[]): Promise<MotionPledgesView> {
    await this.uow.run(async (manager) => {
      await this.motions.motionOrThrow(motionId);
      const wanted = [...new Set(pledgeIds)];
      const found = await this.pledges.find({ where: { id: In(wanted) }, select: { id: true } });
      const known = new Set(found.map((pledge) => pledge.id));
      const unknown = wanted.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new AgreementError('PLEDGE_NOT_FOUND', `Unbekannte Vorhaben: ${unknown.join(', ')}`);
      }
      const before = (await this.pledgesOfMotion(motionId)).pledgeIds;
      await manager.delete(MotionPledgeEntity, { motionId });
      if (wanted.length > 0) {
        await manager.insert(
          MotionPledgeEntity,
          wanted.map((pledgeId) => ({ motionId, pledgeId })),
        );
      }
      const diff = auditDiff(
        { pledgeIds: before },
        { pledgeIds: [...wanted].sort((a, b) => a - b) },
        ['pledgeIds'],
      );
      await this.audit.record({
        action: 'update',
        entityType: 'pledgeLinks',
        entityId: motionId,
        ...diff,
      });
    });
    return this.pledgesOfMotion(motionId);
  }

  /** Links a motion to the pledges with these keys (the demo seed names pledges by key). */
  async linkPledgesByKey(motionId: number, keys: string[]): Promise<MotionPledgesView> {
    const found = await this.pledges.find({
      where: { key: In(keys) },
      select: { id: true, key: true },
    });
    const unknown = keys.filter((key) => !found.some((pledge) => pledge.key === key));
    if (unknown.length > 0) {
      throw new AgreementError('PLEDGE_NOT_FOUND', `Unbekannte Vorhaben: ${unknown.join(', ')}`);
    }
    return this.linkPledges(
      motionId,
      found.map((pledge) => pledge.id),
    );
  }

  /** Per chapter: pledges with and without motions, adopted, and with which partners. */
  async progress(): Promise<ChapterProgress[]> {
    const [chapters, pledges, links] = await Promise.all([
      this.chapters.find({ order: { position: 'ASC' } }),
      this.pledges.find({ order: { position: 'ASC' } }),
      this.links.find(),
    ]);
    const votes = await this.history.loadVotes(
      {},
      { motionIds: [...new Set(links.map((link) => link.motionId))] },
    );
    return agreementProgress(chapters, pledges, links, votes);
  }
}

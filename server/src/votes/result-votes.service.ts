import { canRecordVote, resultOnlyTally, type RecordedVoteView } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { currentActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import type { ConsultationEntity } from '../motions/consultation.entity';
import { voteRefusalText } from '../motions/motion-rules';
import { MotionsService } from '../motions/motions.service';
import { RecordedVoteEntity } from './recorded-vote.entity';
import { toRecordedVoteView } from './vote-view';

/** A result an import read for one step of a motion's path (an OParl AgendaItem.result). */
export type ImportedResult = {
  consultationId: number;
  date: string;
  meetingId: number | null;
  agendaItemId: number | null;
  adopted: boolean;
  unanimous: boolean | null;
  resultText: string;
};

/**
 * What became of an imported result: a new vote, a replaced result-only vote, nothing (the same
 * result is recorded already), or a conflict the import reports (the step keeps what it has).
 */
export type ResultUpsert =
  | { outcome: 'created' | 'updated'; vote: RecordedVoteView }
  | { outcome: 'unchanged' }
  | { outcome: 'conflict'; reason: string };

/**
 * Votes known only by their result (source `resultOnly`, no counts): written by imports through
 * the same lifecycle as recorded votes (the Rat's step decides the motion, a committee's records
 * its result). Only imports write them, so a result-only vote is always the import's own; a vote
 * recorded in the app with counts is never replaced.
 */
@Injectable()
export class ResultVotesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly audit: AuditService,
  ) {}

  /** Joins the caller's unit of work; the caller publishes the returned vote after the commit. */
  async upsertImported(result: ImportedResult): Promise<ResultUpsert> {
    return this.uow.run(async () => {
      const step = await this.motions.stepOrThrow(result.consultationId);
      const current = await this.uow.repo(RecordedVoteEntity).findOne({
        where: { consultationId: step.id, voidedAt: IsNull() },
        order: { id: 'DESC' },
      });
      if (current && current.source !== 'resultOnly') {
        if (current.passes === result.adopted) return { outcome: 'unchanged' };
        return {
          outcome: 'conflict',
          reason:
            `in der App mit Stimmenzahlen als ${current.passes ? 'angenommen' : 'abgelehnt'} erfasst ` +
            `(Abstimmung ${current.id}): bleibt`,
        };
      }
      if (current && sameResult(current, result)) return { outcome: 'unchanged' };
      if (current) await this.voidReplaced(current, step, result.resultText);
      return this.record(await this.motions.stepOrThrow(step.id), result, current !== null);
    });
  }

  private async record(
    step: ConsultationEntity,
    result: ImportedResult,
    replaces: boolean,
  ): Promise<ResultUpsert> {
    const motion = await this.motions.motionOrThrow(step.motionId);
    if (!canRecordVote(motion.status)) {
      return { outcome: 'conflict', reason: voteRefusalText(motion.status) };
    }
    if (step.status !== 'open') {
      return { outcome: 'conflict', reason: `Beratungsschritt ${step.id} ist schon entschieden` };
    }
    const manager = this.uow.manager;
    const tally = resultOnlyTally(result.adopted);
    const vote = await manager.save(
      manager.create(RecordedVoteEntity, {
        motionId: motion.id,
        consultationId: step.id,
        meetingId: result.meetingId,
        agendaItemId: result.agendaItemId,
        date: result.date,
        source: 'resultOnly',
        requiredMajority: motion.requiredMajority,
        votingMembers: 0,
        passes: result.adopted,
        // Without counts nobody knows: no democratic majority and no reliance is claimed.
        democraticMajority: null,
        reliesOnExcluded: null,
        resultText: result.resultText.slice(0, 200),
        unanimous: result.unanimous,
        blocks: [],
        tally,
        predictions: null,
        recordedBy: currentActor().actor.slice(0, 64),
        recordedAt: new Date().toISOString(),
        statusBefore: motion.status,
        voidedAt: null,
        voidedBy: null,
        voidReason: null,
      }),
    );
    const motionStatus = await this.motions.settleByVote(motion, step, result.adopted);
    await this.audit.record({
      action: 'record',
      entityType: 'vote',
      entityId: vote.id,
      before: { motionStatus: motion.status },
      after: {
        motionId: motion.id,
        consultationId: step.id,
        bodyKey: step.bodyKey,
        date: result.date,
        source: 'resultOnly',
        result: result.adopted ? 'adopted' : 'rejected',
        resultText: vote.resultText,
        motionStatus,
      },
    });
    return { outcome: replaces ? 'updated' : 'created', vote: toRecordedVoteView(vote) };
  }

  /** The source changed an imported result: the old vote is voided and the step reopened. */
  private async voidReplaced(
    vote: RecordedVoteEntity,
    step: ConsultationEntity,
    resultText: string,
  ): Promise<void> {
    const voiding = {
      voidedAt: new Date().toISOString(),
      voidedBy: currentActor().actor.slice(0, 64),
      voidReason: `Ergebnis im Ratsinformationssystem geändert: „${resultText}“`.slice(0, 500),
    };
    await this.uow.manager.update(RecordedVoteEntity, { id: vote.id }, voiding);
    await this.motions.settleStep(step, 'open');
    const motion = await this.motions.motionOrThrow(vote.motionId);
    const reopened = this.motions.isRatStep(step) ? (vote.statusBefore ?? 'onAgenda') : null;
    if (reopened !== null) await this.motions.reopen(motion, reopened);
    await this.audit.record({
      action: 'void',
      entityType: 'vote',
      entityId: vote.id,
      before: { voidedAt: null, motionStatus: motion.status },
      after: { ...voiding, motionStatus: reopened ?? motion.status },
    });
  }
}

function sameResult(vote: RecordedVoteEntity, result: ImportedResult): boolean {
  return (
    vote.passes === result.adopted &&
    vote.unanimous === result.unanimous &&
    vote.resultText === result.resultText.slice(0, 200)
  );
}

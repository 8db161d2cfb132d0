import {
  COUNCIL_BODY_KEY,
  type ConsultationRole,
  type ConsultationView,
  type CreateConsultationRequest,
  type PatchConsultationRequest,
  type MotionTallyResponse,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { JsonText } from '../common/json-text';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BodySnapshotService } from '../bodies/body-snapshot.service';
import { MotionChangePublisher } from '../realtime/motion-change-publisher';
import { isIsoDate, todayIso } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { TallyService } from '../tally/tally.service';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { ConsultationEntity } from './consultation.entity';
import type { MotionEntity } from './motion.entity';
import { MotionsError } from './motions.errors';
import { MotionsService } from './motions.service';

function staleStepError(step: ConsultationEntity, sent: number | undefined): MotionsError {
  const detail = sent === undefined ? 'Die Anfrage nennt keine Version' : `gesendet: ${sent}`;
  return new MotionsError(
    'CONSULTATION_VERSION_CONFLICT',
    `Beratungsschritt ${step.id} wurde inzwischen geändert (Version ${step.version}; ${detail}): ` +
      'bitte neu laden.',
  );
}

function dateOrNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) {
    throw new MotionsError(
      'INVALID_CONSULTATION_DATE',
      `"${value}" ist kein gültiges Sitzungsdatum (YYYY-MM-DD)`,
    );
  }
  return value;
}

/** The path as the audit log shows it: "UA-UMWELT, HFA, RAT". */
function pathText(path: readonly ConsultationEntity[]): string {
  return path.map((step) => step.bodyKey).join(', ');
}

/** A step as an import states it (OParl Consultation); see `upsertStep`. */
export type ImportedStep = {
  bodyKey: string;
  date: string | null;
  role: ConsultationRole;
  position?: number;
};

export type StepUpsert = 'created' | 'updated' | 'unchanged';

/** Work of another module on a removed step, inside the removal's unit of work. */
export type StepRemovalHook = (stepId: number) => Promise<void>;

/**
 * The path of a motion (Beratungsfolge): its steps in order, each with its body's count. The
 * Rat's step is created with the motion and stays; other steps are added, moved and removed here.
 * Positions are renumbered 1…n on every change of the path, inside the change's unit of work.
 */
@Injectable()
export class ConsultationsService {
  private readonly removalHooks: StepRemovalHook[] = [];
  /** Per motion, the path event being sent (see publishPath). */
  private readonly pathSends = new Map<number, Promise<void>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly tally: TallyService,
    private readonly bodies: BodySnapshotService,
    private readonly audit: AuditService,
    private readonly changes: MotionChangePublisher,
  ) {}

  /**
   * The owners of a step's rows (its whip count) register here, so a removed step leaves none of
   * them behind without this module writing their tables.
   */
  onStepRemoved(hook: StepRemovalHook): void {
    this.removalHooks.push(hook);
  }

  private pathOf(motionId: number): Promise<ConsultationEntity[]> {
    return this.uow
      .repo(ConsultationEntity)
      .find({ where: { motionId }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** GET /api/motions/:id/consultations: every step with its certainty and tally. */
  async list(motionId: number): Promise<ConsultationView[]> {
    const motion = await this.motions.motionOrThrow(motionId);
    const path = await this.pathOf(motionId);
    return Promise.all(path.map((step) => this.viewOf(motion, step)));
  }

  /**
   * Sends the path as it stands after a committed change to the motion's room. Inside a caller's
   * unit of work (an import) nothing is committed yet: nothing is sent.
   */
  async publishPath(motionId: number): Promise<void> {
    if (this.uow.inTransaction) return;
    // One send at a time per motion, each reading the path when its turn comes: the last event
    // a room receives is the path after the last commit (two reads could otherwise cross).
    const before = this.pathSends.get(motionId) ?? Promise.resolve();
    const send = before.then(async () => {
      this.changes.publishPath({ motionId, consultations: await this.list(motionId) });
    });
    const settled = send.catch(() => undefined);
    this.pathSends.set(motionId, settled);
    try {
      await send;
    } finally {
      if (this.pathSends.get(motionId) === settled) this.pathSends.delete(motionId);
    }
  }

  /** GET /api/consultations/:cid/tally. */
  tallyOf(id: number): Promise<JsonText<MotionTallyResponse>> {
    return this.tally.sharedTally(`step:${id}`, async () => {
      const step = await this.motions.stepOrThrow(id);
      return this.tally.tallyOf(await this.motions.motionOrThrow(step.motionId), step);
    });
  }

  /** Adds a step (default: just before the Rat's, which decides last). */
  async create(motionId: number, request: CreateConsultationRequest): Promise<ConsultationView> {
    const { motion, step } = await this.uow.run(async (manager) => {
      const motion = await this.motions.motionOrThrow(motionId);
      if (request.bodyKey === COUNCIL_BODY_KEY) {
        throw new MotionsError(
          'CONSULTATION_RAT_FIXED',
          'Der Rat ist schon Schritt dieses Antrags: er entscheidet ihn einmal',
        );
      }
      const step = await this.insert(manager, motion, await this.pathOf(motionId), request);
      return { motion, step };
    });
    await this.publishPath(motionId);
    return this.viewOf(motion, await this.motions.stepOrThrow(step.id));
  }

  /**
   * An imported step (joins the import's unit of work), idempotent for (motion, body, date): the
   * Rat's step takes the date and role; another body's step of the same date (or where one side
   * has none) is updated, else one is added before the Rat's. A source without a date keeps a
   * known one.
   */
  async upsertStep(motionId: number, request: ImportedStep): Promise<StepUpsert> {
    return this.uow.run(async (manager) => {
      const motion = await this.motions.motionOrThrow(motionId);
      const path = await this.pathOf(motionId);
      const same = path.filter((s) => s.bodyKey === request.bodyKey);
      const existing =
        request.bodyKey === COUNCIL_BODY_KEY
          ? same[0]
          : (same.find((s) => s.date === request.date) ??
            same.find((s) => s.date === null || request.date === null));
      if (!existing) {
        await this.insert(manager, motion, path, request);
        return 'created';
      }
      const date = dateOrNull(request.date ?? existing.date);
      if (existing.date === date && existing.role === request.role) return 'unchanged';
      await manager
        .createQueryBuilder()
        .update(ConsultationEntity)
        .set({ date, role: request.role, version: existing.version + 1 })
        .where('id = :id', { id: existing.id })
        .execute();
      return 'updated';
    });
  }

  /** Inserts a step of another body than the Rat at its place and renumbers the path. */
  private async insert(
    manager: EntityManager,
    motion: MotionEntity,
    path: ConsultationEntity[],
    request: CreateConsultationRequest,
  ): Promise<ConsultationEntity> {
    // Refuses an unknown body (404 BODY_NOT_FOUND) with the bodies' own rule and words.
    await this.bodies.snapshotOf(request.bodyKey, todayIso());
    const rat = path.findIndex((s) => s.bodyKey === COUNCIL_BODY_KEY);
    const index =
      request.position !== undefined
        ? Math.min(request.position - 1, path.length)
        : rat === -1
          ? path.length
          : rat;
    const inserted = await manager.save(
      manager.create(ConsultationEntity, {
        motionId: motion.id,
        bodyKey: request.bodyKey,
        date: dateOrNull(request.date),
        role: request.role ?? 'preliminary',
        position: index + 1,
        status: 'open',
      }),
    );
    const after = [...path.slice(0, index), inserted, ...path.slice(index)];
    await this.renumber(manager, after);
    await this.recordPath(motion, path, after);
    return inserted;
  }

  /** Changes date, role or place of a step if `version` is current (else 409). */
  async patch(id: number, request: PatchConsultationRequest): Promise<ConsultationView> {
    const motion = await this.uow.run(async (manager) => {
      const step = await this.motions.stepOrThrow(id);
      if (request.version !== step.version) throw staleStepError(step, request.version);
      const motion = await this.motions.motionOrThrow(step.motionId);
      const changes: Partial<Pick<ConsultationEntity, 'date' | 'role'>> = {};
      if (request.date !== undefined) changes.date = dateOrNull(request.date);
      if (request.role !== undefined) changes.role = request.role;
      const result = await manager
        .createQueryBuilder()
        .update(ConsultationEntity)
        .set({ ...changes, version: step.version + 1 })
        .where('id = :id AND version = :version', { id, version: step.version })
        .execute();
      if (result.affected !== 1) throw staleStepError(step, request.version);
      if (request.position !== undefined) {
        const path = await this.pathOf(step.motionId);
        const others = path.filter((s) => s.id !== id);
        const index = Math.min(request.position - 1, others.length);
        const after = [...others.slice(0, index), step, ...others.slice(index)];
        await this.renumber(manager, after);
        await this.recordPath(motion, path, after);
      }
      return motion;
    });
    await this.publishPath(motion.id);
    return this.viewOf(motion, await this.motions.stepOrThrow(id));
  }

  /**
   * Removes a step that has no recorded vote (a vote is a fact and keeps its step); the Rat's
   * step stays. `version`, when sent, must be current.
   */
  async remove(id: number, version: number | undefined): Promise<void> {
    const motionId = await this.uow.run(async (manager) => {
      const step = await this.motions.stepOrThrow(id);
      if (version !== undefined && version !== step.version) throw staleStepError(step, version);
      if (this.motions.isRatStep(step)) {
        throw new MotionsError(
          'CONSULTATION_RAT_FIXED',
          'Der Schritt im Rat bleibt: der Rat entscheidet den Antrag',
        );
      }
      if (await manager.exists(RecordedVoteEntity, { where: { consultationId: id } })) {
        throw new MotionsError(
          'CONSULTATION_HAS_VOTE',
          `Im Beratungsschritt ${id} ist eine Abstimmung erfasst: er bleibt Teil des Wegs`,
        );
      }
      const motion = await this.motions.motionOrThrow(step.motionId);
      const path = await this.pathOf(step.motionId);
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(ConsultationEntity)
        .where('id = :id AND version = :version', { id, version: step.version })
        .execute();
      if (result.affected !== 1) throw staleStepError(step, version);
      for (const hook of this.removalHooks) await hook(id);
      const after = path.filter((s) => s.id !== id);
      await this.renumber(manager, after);
      await this.recordPath(motion, path, after);
      return motion.id;
    });
    await this.publishPath(motionId);
  }

  private async viewOf(motion: MotionEntity, step: ConsultationEntity): Promise<ConsultationView> {
    const { verdict, options } = await this.tally.countOf(motion, step);
    return {
      id: step.id,
      motionId: step.motionId,
      bodyKey: step.bodyKey,
      date: step.date,
      role: step.role,
      position: step.position,
      status: step.status,
      certainty: verdict.certainty,
      tally: { ...verdict.tallies, options, certainty: verdict.certainty },
      version: step.version,
    };
  }

  /** Positions 1…n in the given order; only rows whose place moved are written. */
  private async renumber(manager: EntityManager, path: readonly ConsultationEntity[]) {
    for (const [index, step] of path.entries()) {
      if (step.position === index + 1) continue;
      // A step's place is the path's, not an edit of the step: its version stays.
      await manager
        .createQueryBuilder()
        .update(ConsultationEntity)
        .set({ position: index + 1, version: () => 'version' })
        .where('id = :id', { id: step.id })
        .execute();
      step.position = index + 1;
    }
  }

  private async recordPath(
    motion: MotionEntity,
    before: readonly ConsultationEntity[],
    after: readonly ConsultationEntity[],
  ): Promise<void> {
    await this.audit.record({
      action: 'update',
      entityType: 'motion',
      entityId: motion.id,
      before: { path: pathText(before) },
      after: { path: pathText(after) },
    });
  }
}

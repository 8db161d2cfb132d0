import { AgreementChapterEntity, MotionPledgeEntity } from '../agreement/agreement.entities';
import {
  COUNCIL_BODY_KEY,
  canRecordVote,
  canTransition,
  statusOnAgenda,
  type ConsultationStatus,
  type MotionStatus,
  type CreateMotionRequest,
  type MotionListQuery,
  type MotionTallyResponse,
  type MotionView,
  type PatchMotionRequest,
  type TallyCause,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { assignChanged } from '../common/assign-changed';
import type { JsonText } from '../common/json-text';
import { GroupEntity } from '../council/group.entity';
import { isIsoDate } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { MeetingsService } from '../meetings/meetings.service';
import {
  MotionChangePublisher,
  type LiveAudience,
  type MotionChange,
} from '../realtime/motion-change-publisher';
import { TallyService, type TalliedStep } from '../tally/tally.service';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { ConsultationEntity } from './consultation.entity';
import { MOTION_AUDIT_FIELDS, motionPatchAction } from './motion-audit';
import { MotionEntity } from './motion.entity';
import {
  checkTransitionOrThrow,
  likePattern,
  sponsorCondition,
  staleMotionError,
  voteRefusalText,
} from './motion-rules';
import { toMotionView } from './motion-view';
import { MotionsError } from './motions.errors';

/** What a committed change adds to a motion's events: its cause and its whip entry. */
export type MotionChangeInput = {
  cause?: TallyCause;
  whip?: MotionChange['whip'];
  vote?: MotionChange['vote'];
};

/** What a create or a revision may set: a patch's fields (null clears), without its version. */
export type MotionInput = Omit<PatchMotionRequest, 'version' | 'status'>;

type MotionChanges = Partial<
  Pick<
    MotionEntity,
    | 'title'
    | 'description'
    | 'reference'
    | 'type'
    | 'sponsorGroupKeys'
    | 'policyArea'
    | 'requiredMajority'
    | 'mayorVotes'
    | 'meetingDate'
    | 'submittedOn'
    | 'status'
  >
>;

/** A real calendar day or null (the DTO checks only the YYYY-MM-DD shape; 2026-02-30 fails here). */
function calendarDateOrNull(value: string | null, label: string): string | null {
  if (value !== null && !isIsoDate(value)) {
    throw new MotionsError(
      'INVALID_MOTION_DATE',
      `"${value}" ist kein gültiges ${label} (YYYY-MM-DD)`,
    );
  }
  return value;
}

@Injectable()
export class MotionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly tally: TallyService,
    private readonly audit: AuditService,
    private readonly changes: MotionChangePublisher,
  ) {}

  /** Bound to the transaction in progress, so checks inside a write see that write's rows. */
  private get motions() {
    return this.uow.repo(MotionEntity);
  }

  async motionOrThrow(id: number): Promise<MotionEntity> {
    const motion = await this.motions.findOne({ where: { id } });
    if (!motion) throw new MotionsError('MOTION_NOT_FOUND', `Antrag ${id} nicht gefunden`);
    return motion;
  }

  async stepOrThrow(id: number): Promise<ConsultationEntity> {
    const step = await this.uow.repo(ConsultationEntity).findOne({ where: { id } });
    if (!step) {
      throw new MotionsError('CONSULTATION_NOT_FOUND', `Beratungsschritt ${id} nicht gefunden`);
    }
    return step;
  }

  /**
   * The motion's step in the Rat, which the motion-level routes address (api.md). Every motion
   * has one: created with the motion, kept by the migration for older ones, never deleted.
   */
  async ratStepOrThrow(motionId: number): Promise<ConsultationEntity> {
    const step = await this.uow.repo(ConsultationEntity).findOne({
      where: { motionId, bodyKey: COUNCIL_BODY_KEY },
      order: { position: 'ASC', id: 'ASC' },
    });
    if (!step) throw new MotionsError('MOTION_NOT_FOUND', `Antrag ${motionId} nicht gefunden`);
    return step;
  }

  async create(request: CreateMotionRequest, isExample = false): Promise<MotionView> {
    const motion = await this.uow.run(async () => {
      const added = await this.add(request, { isExample });
      const diff = auditDiff(null, added, MOTION_AUDIT_FIELDS);
      await this.audit.record({
        action: 'create',
        entityType: 'motion',
        entityId: added.id,
        ...diff,
      });
      return added;
    });
    return this.publish(await this.motionOrThrow(motion.id));
  }

  /**
   * Creates a motion under the API's rules (known sponsors, real dates, a policy area that is a
   * chapter) and defaults, starting as a draft or in a status a draft may move to. Joins the
   * caller's unit of work and publishes nothing.
   */
  async add(
    request: MotionInput & { title: string },
    options: { isExample?: boolean; status?: MotionStatus } = {},
  ): Promise<MotionEntity> {
    const status = options.status ?? 'draft';
    checkTransitionOrThrow('draft', status);
    return this.uow.run(async (manager) => {
      const changes = await this.checkedChanges(request);
      const motion = await manager.save(
        manager.create(MotionEntity, {
          description: '',
          reference: null,
          sponsorGroupKeys: [],
          policyArea: null,
          meetingDate: null,
          submittedOn: null,
          ...changes,
          title: request.title,
          status,
          isExample: options.isExample ?? false,
        }),
      );
      // Every motion is decided in the Rat: its path starts with that one step.
      await manager.insert(ConsultationEntity, {
        motionId: motion.id,
        bodyKey: COUNCIL_BODY_KEY,
        date: null,
        role: 'decision',
        position: 1,
        status: 'open',
        version: 1,
      });
      return motion;
    });
  }

  /**
   * Changes a motion under the rules of a patch, but without a client's version: the caller holds
   * the newer truth (an import). Joins the caller's unit of work, publishes nothing; false when
   * nothing differs.
   */
  async revise(id: number, request: Omit<PatchMotionRequest, 'version'>): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const motion = await this.motionOrThrow(id);
      const changes = await this.checkedChanges(request);
      if (request.title !== undefined) changes.title = request.title;
      if (request.status !== undefined) {
        checkTransitionOrThrow(motion.status, request.status);
        changes.status = request.status;
      }
      if (!assignChanged({ ...motion }, changes)) return false;
      await this.updateAtVersion(manager, motion, changes);
      return true;
    });
  }

  /**
   * Removes a motion. One the coalition already worked on (whip counts, recorded votes, pledge
   * links) stays instead, withdrawn if its status still allows it, so no planning is lost. Agenda
   * items that deliberated a removed motion stay without it. Joins the caller's unit of work.
   */
  async removeOrWithdraw(id: number): Promise<'removed' | 'withdrawn' | 'kept'> {
    return this.uow.run(async (manager) => {
      const motion = await this.motionOrThrow(id);
      if (await this.isReferenced(id)) {
        if (!canTransition(motion.status, 'withdrawn')) return 'kept';
        await this.updateAtVersion(manager, motion, { status: 'withdrawn' });
        return 'withdrawn';
      }
      await this.meetings.unlinkMotion(id);
      await manager.delete(ConsultationEntity, { motionId: id });
      await manager.delete(MotionEntity, { id });
      return 'removed';
    });
  }

  /** Titles of the example motions already loaded (seed:demo matches on them). */
  async exampleTitles(): Promise<Set<string>> {
    const examples = await this.motions.find({
      where: { isExample: true },
      select: { title: true },
    });
    return new Set(examples.map((motion) => motion.title));
  }

  async get(id: number): Promise<MotionView> {
    const motion = await this.motionOrThrow(id);
    return toMotionView(motion, await this.tally.verdictOf(motion, await this.ratStepOrThrow(id)));
  }

  async list(query: MotionListQuery): Promise<MotionView[]> {
    const qb = this.motions.createQueryBuilder('m').orderBy('m.id', 'DESC');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.policyArea)
      qb.andWhere('m.policyArea = :policyArea', { policyArea: query.policyArea });
    if (query.sponsor) qb.andWhere(...sponsorCondition(query.sponsor));
    if (query.q) {
      qb.andWhere(
        `(LOWER(m.title) LIKE :q ESCAPE '\\' OR LOWER(m.description) LIKE :q ESCAPE '\\' ` +
          `OR LOWER(m.reference) LIKE :q ESCAPE '\\')`,
        { q: likePattern(query.q) },
      );
    }
    if (query.from) qb.andWhere('m.meetingDate >= :from', { from: query.from });
    if (query.to) qb.andWhere('m.meetingDate <= :to', { to: query.to });
    // The list of one body (default the Rat: every motion): motions with a step there, each
    // counted at its first step in that body.
    const body = query.body ?? COUNCIL_BODY_KEY;
    qb.andWhere(
      'EXISTS (SELECT 1 FROM consultation c WHERE c."motionId" = m.id AND c."bodyKey" = :body)',
      { body },
    );
    const motions = await qb.getMany();
    const verdicts = await this.tally.verdictsOf(await this.stepsIn(motions, body));
    const views = motions.flatMap((motion) => {
      const verdict = verdicts.get(motion.id);
      return verdict ? [toMotionView(motion, verdict)] : [];
    });
    return query.withoutMajority ? views.filter((view) => view.verdict !== 'democratic') : views;
  }

  /**
   * Applies an edit if `version` is still current (UPDATE … WHERE version = ?), moving the status
   * only along the lifecycle. Publishes the motion and its tally (majority rules may change).
   */
  async patch(id: number, request: PatchMotionRequest): Promise<MotionView> {
    await this.uow.run(async (manager) => {
      const motion = await this.motionOrThrow(id);
      if (request.version !== motion.version) throw staleMotionError(motion.version);
      const changes = await this.checkedChanges(request);
      if (request.title !== undefined) changes.title = request.title;
      if (request.status !== undefined) {
        checkTransitionOrThrow(motion.status, request.status);
        changes.status = request.status;
      }
      await this.updateAtVersion(manager, motion, changes);
      const diff = auditDiff(motion, await this.motionOrThrow(id), MOTION_AUDIT_FIELDS);
      const action = motionPatchAction(diff);
      await this.audit.record({ action, entityType: 'motion', entityId: id, ...diff });
    });
    return this.publish(await this.motionOrThrow(id));
  }

  /** Each motion with its first step in `bodyKey` (motions without one are left out). */
  private async stepsIn(
    motions: MotionEntity[],
    bodyKey: string,
  ): Promise<Array<{ motion: MotionEntity; step: TalliedStep }>> {
    if (motions.length === 0) return [];
    const steps = await this.uow.repo(ConsultationEntity).find({
      where: { motionId: In(motions.map((m) => m.id)), bodyKey },
      order: { position: 'ASC', id: 'ASC' },
    });
    const first = new Map<number, ConsultationEntity>();
    for (const step of steps) if (!first.has(step.motionId)) first.set(step.motionId, step);
    return motions.flatMap((motion) => {
      const step = first.get(motion.id);
      return step ? [{ motion, step }] : [];
    });
  }

  /** UPDATE … WHERE version = the version read, so a lost race is a conflict, never a silent overwrite. */
  private async updateAtVersion(
    manager: EntityManager,
    motion: MotionEntity,
    changes: MotionChanges,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(MotionEntity)
      .set(changes)
      .where('id = :id AND version = :version', { id: motion.id, version: motion.version })
      .execute();
    if (result.affected !== 1) throw staleMotionError(motion.version);
  }

  private async isReferenced(motionId: number): Promise<boolean> {
    const where = { where: { motionId } };
    const found = await Promise.all([
      this.uow.repo(WhipEntryEntity).exists(where),
      this.uow.repo(RecordedVoteEntity).exists(where),
      this.uow.repo(MotionPledgeEntity).exists(where),
    ]);
    return found.some(Boolean);
  }

  /**
   * Voiding the vote that decided a motion reopens it in the status it had before (inside the
   * void's unit of work; the vote's audit entry records the move). The only way out of
   * adopted/rejected, so it is not a lifecycle transition.
   */
  async reopen(motion: MotionEntity, status: MotionStatus): Promise<void> {
    const moved = await this.uow.manager
      .createQueryBuilder()
      .update(MotionEntity)
      .set({ status })
      .where('id = :id AND version = :version', { id: motion.id, version: motion.version })
      .execute();
    if (moved.affected !== 1) throw staleMotionError(motion.version);
  }

  /**
   * A recorded vote decides the motion (inside the recording's unit of work): any open motion,
   * the only way to adopted/rejected. The UPDATE is bound to the status read, so a concurrent
   * withdrawal or vote makes this one a conflict instead of deciding twice.
   */
  async decide(motion: MotionEntity, passes: boolean): Promise<void> {
    const status = passes ? 'adopted' : 'rejected';
    if (!canRecordVote(motion.status)) {
      throw new MotionsError('INVALID_TRANSITION', voteRefusalText(motion.status));
    }
    const moved = await this.uow.manager
      .createQueryBuilder()
      .update(MotionEntity)
      .set({ status })
      .where('id = :id AND status = :status', { id: motion.id, status: motion.status })
      .execute();
    if (moved.affected !== 1) throw staleMotionError(motion.version);
  }

  isRatStep(step: ConsultationEntity): boolean {
    return step.bodyKey === COUNCIL_BODY_KEY;
  }

  /**
   * A vote in a step sets that body's result; voiding it reopens the step (inside the vote's
   * unit of work). Bound to the status read, so two votes in one step cannot both land.
   */
  async settleStep(step: ConsultationEntity, status: ConsultationStatus): Promise<void> {
    const moved = await this.uow.manager
      .createQueryBuilder()
      .update(ConsultationEntity)
      // A result is no edit of the step: its version (date, role, place) stays.
      .set({ status, version: () => 'version' })
      .where('id = :id AND status = :status', { id: step.id, status: step.status })
      .execute();
    if (moved.affected !== 1) {
      throw new MotionsError(
        'CONSULTATION_VERSION_CONFLICT',
        `Beratungsschritt ${step.id} wurde inzwischen geändert: bitte neu laden`,
      );
    }
  }

  /**
   * A vote's result in its step: the step is settled; the Rat's vote also decides the motion, a
   * committee's records that body's result only. Returns the motion's status afterwards.
   */
  async settleByVote(
    motion: MotionEntity,
    step: ConsultationEntity,
    adopted: boolean,
  ): Promise<MotionStatus> {
    const decides = this.isRatStep(step);
    if (decides) await this.decide(motion, adopted);
    await this.settleStep(step, adopted ? 'adopted' : 'rejected');
    if (!decides) return motion.status;
    return adopted ? 'adopted' : 'rejected';
  }

  /**
   * An agenda item now links the motion: it is onAgenda from then on, whatever open status it had
   * (domain.md). Joins the caller's unit of work, audited as a status change; true when the
   * status moved (the caller publishes after the commit). Voted and withdrawn motions keep theirs.
   */
  async putOnAgenda(id: number): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const motion = await this.motionOrThrow(id);
      const status = statusOnAgenda(motion.status);
      if (status === null) return false;
      await this.updateAtVersion(manager, motion, { status });
      await this.audit.record({
        action: 'status',
        entityType: 'motion',
        entityId: id,
        before: { status: motion.status },
        after: { status },
      });
      return true;
    });
  }

  tallyOf(id: number): Promise<JsonText<MotionTallyResponse>> {
    return this.tally.sharedTally(`motion:${id}`, async () =>
      this.tally.tallyOf(await this.motionOrThrow(id), await this.ratStepOrThrow(id)),
    );
  }

  /**
   * Counts once and sends the change to the live rooms (MotionChangePublisher: the changed whip
   * entry, if any, then tally with partner options and certainty, then the motion), counted from
   * what is committed now (a later parallel change may already be in it: never an older count).
   */
  async publish(
    motion: MotionEntity,
    change: MotionChangeInput = {},
    changed?: ConsultationEntity,
  ): Promise<MotionView> {
    const rat = await this.ratStepOrThrow(motion.id);
    const step = changed ?? rat;
    const count = await this.tally.countOf(motion, step);
    const { verdict, options, groupKeys } = count;
    // The motion's badge is its Rat step's; a committee's change carries that step's tally only.
    const view = toMotionView(
      motion,
      step.id === rat.id ? verdict : await this.tally.verdictOf(motion, rat),
    );
    // Inside a caller's unit of work (a seed) nothing is committed yet: the caller publishes.
    if (this.uow.inTransaction) return view;
    const cause = change.cause ? { cause: change.cause } : {};
    const whip = change.whip;
    // Screens tell the Rat's count from a committee's by the step's body.
    const stepWhip =
      whip &&
      ((audience: LiveAudience) => {
        const event = whip(audience);
        return event && { ...event, bodyKey: step.bodyKey };
      });
    this.changes.publish(
      {
        motionId: motion.id,
        ...(stepWhip ? { whip: stepWhip } : {}),
        ...(change.vote ? { vote: change.vote } : {}),
        tally: {
          motionId: motion.id,
          consultationId: step.id,
          bodyKey: step.bodyKey,
          tally: verdict.tallies,
          options,
          certainty: verdict.certainty,
          ...cause,
        },
        motion: { motion: view, ...cause },
      },
      groupKeys,
    );
    return view;
  }

  /** Validates the optional fields of a create or patch: sponsors must exist, dates be real. */
  private async checkedChanges(request: MotionInput): Promise<MotionChanges> {
    const changes: MotionChanges = {};
    if (request.sponsorGroupKeys !== undefined) {
      const keys = [...new Set(request.sponsorGroupKeys)];
      // One lookup of the named groups: an import creates thousands of motions in one transaction.
      const found =
        keys.length === 0 ? [] : await this.uow.repo(GroupEntity).findBy({ key: In(keys) });
      const known = new Set(found.map((group) => group.key));
      const unknown = keys.find((key) => !known.has(key));
      if (unknown !== undefined) {
        throw new MotionsError(
          'SPONSOR_NOT_FOUND',
          `Unbekannte antragstellende Gruppe "${unknown}"`,
        );
      }
      changes.sponsorGroupKeys = keys;
    }
    if (request.meetingDate !== undefined) {
      changes.meetingDate = calendarDateOrNull(request.meetingDate, 'Sitzungsdatum');
    }
    if (request.submittedOn !== undefined) {
      changes.submittedOn = calendarDateOrNull(request.submittedOn, 'Datum der Drucksache');
    }
    if (request.description !== undefined) changes.description = request.description;
    if (request.reference !== undefined) changes.reference = request.reference;
    if (request.type !== undefined) changes.type = request.type;
    if (request.policyArea !== undefined) {
      changes.policyArea =
        request.policyArea === null ? null : await this.policyAreaOrThrow(request.policyArea);
    }
    if (request.requiredMajority !== undefined) changes.requiredMajority = request.requiredMajority;
    if (request.mayorVotes !== undefined) changes.mayorVotes = request.mayorVotes;
    return changes;
  }

  /** The title of the agreement chapter a policy area names (by its title or its key). */
  private async policyAreaOrThrow(area: string): Promise<string> {
    const name = area.trim();
    const chapter = await this.uow
      .repo(AgreementChapterEntity)
      .findOne({ where: [{ title: name }, { key: name }] });
    if (!chapter) {
      throw new MotionsError(
        'UNKNOWN_POLICY_AREA',
        `Unbekanntes Politikfeld "${area}": erlaubt sind die Kapitel des Koalitionsvertrags`,
      );
    }
    return chapter.title;
  }
}

import { AgreementChapterEntity } from '../agreement/agreement.entities';
import type {
  CreateMotionRequest,
  MotionListQuery,
  MotionTallyResponse,
  MotionView,
  PatchMotionRequest,
  StoredWhip,
  TallyCause,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { isIsoDate } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { RealtimeService } from '../realtime/realtime.service';
import { TallyService } from '../tally/tally.service';
import { MotionEntity } from './motion.entity';
import { checkTransitionOrThrow, likePattern, staleMotionError } from './motion-rules';
import { toMotionView } from './motion-view';
import { MotionsError } from './motions.errors';

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

/** A real calendar day (the DTO checks only the YYYY-MM-DD shape; 2026-02-30 fails here). */
function calendarDateOrThrow(value: string, label: string): string {
  if (!isIsoDate(value)) {
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
    private readonly snapshots: CouncilSnapshotService,
    private readonly tally: TallyService,
    private readonly realtime: RealtimeService,
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

  async create(request: CreateMotionRequest, isExample = false): Promise<MotionView> {
    const id = await this.uow.run(async (manager) => {
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
          isExample,
        }),
      );
      return motion.id;
    });
    return this.publish(await this.motionOrThrow(id));
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
    return toMotionView(motion, await this.tally.verdictOf(motion));
  }

  async list(query: MotionListQuery): Promise<MotionView[]> {
    const qb = this.motions.createQueryBuilder('m').orderBy('m.id', 'DESC');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.policyArea)
      qb.andWhere('m.policyArea = :policyArea', { policyArea: query.policyArea });
    if (query.sponsor) {
      // sponsorGroupKeys is stored as a JSON array of strings: match the quoted key.
      qb.andWhere(`m.sponsorGroupKeys LIKE :sponsor ESCAPE '\\'`, {
        sponsor: likePattern(JSON.stringify(query.sponsor)),
      });
    }
    if (query.q) {
      qb.andWhere(
        `(LOWER(m.title) LIKE :q ESCAPE '\\' OR LOWER(m.description) LIKE :q ESCAPE '\\' ` +
          `OR LOWER(m.reference) LIKE :q ESCAPE '\\')`,
        { q: likePattern(query.q) },
      );
    }
    if (query.from) qb.andWhere('m.meetingDate >= :from', { from: query.from });
    if (query.to) qb.andWhere('m.meetingDate <= :to', { to: query.to });
    const motions = await qb.getMany();
    const verdicts = await this.tally.verdictsOf(motions);
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
      const result = await manager
        .createQueryBuilder()
        .update(MotionEntity)
        .set(changes)
        .where('id = :id AND version = :version', { id, version: request.version })
        .execute();
      if (result.affected !== 1) throw staleMotionError(motion.version);
    });
    return this.publish(await this.motionOrThrow(id));
  }

  /** A recorded vote decides the motion (inside the recording's unit of work). */
  async decide(motion: MotionEntity, passes: boolean): Promise<void> {
    const status = passes ? 'adopted' : 'rejected';
    checkTransitionOrThrow(motion.status, status);
    const moved = await this.uow.manager
      .createQueryBuilder()
      .update(MotionEntity)
      .set({ status })
      .where('id = :id AND status = :status', { id: motion.id, status: motion.status })
      .execute();
    if (moved.affected !== 1) throw staleMotionError(motion.version);
  }

  async tallyOf(id: number): Promise<MotionTallyResponse> {
    return this.tally.tallyOf(await this.motionOrThrow(id));
  }

  /**
   * Computes the verdict once and pushes `tally` and `motion` to the live rooms. A caller that
   * just wrote the whip entries passes them, saving a query.
   */
  async publish(
    motion: MotionEntity,
    cause?: TallyCause,
    entries?: StoredWhip[],
  ): Promise<MotionView> {
    const verdict = entries
      ? await this.tally.verdictWith(motion, entries)
      : await this.tally.verdictOf(motion);
    const view = toMotionView(motion, verdict);
    this.realtime.emitTally({
      motionId: motion.id,
      tally: verdict.tallies,
      ...(cause ? { cause } : {}),
    });
    this.realtime.emitMotion(view);
    return view;
  }

  /** Validates the optional fields of a create or patch: sponsors must exist, dates be real. */
  private async checkedChanges(
    request: Omit<CreateMotionRequest, 'title'>,
  ): Promise<MotionChanges> {
    const changes: MotionChanges = {};
    if (request.sponsorGroupKeys !== undefined) {
      const snapshot = await this.snapshots.snapshot();
      const known = new Set(snapshot.groups.map((group) => group.key));
      const unknown = request.sponsorGroupKeys.find((key) => !known.has(key));
      if (unknown !== undefined) {
        throw new MotionsError(
          'SPONSOR_NOT_FOUND',
          `Unbekannte antragstellende Gruppe "${unknown}"`,
        );
      }
      changes.sponsorGroupKeys = [...new Set(request.sponsorGroupKeys)];
    }
    if (request.meetingDate !== undefined) {
      changes.meetingDate = calendarDateOrThrow(request.meetingDate, 'Sitzungsdatum');
    }
    if (request.submittedOn !== undefined) {
      changes.submittedOn = calendarDateOrThrow(request.submittedOn, 'Datum der Drucksache');
    }
    if (request.description !== undefined) changes.description = request.description;
    if (request.reference !== undefined) changes.reference = request.reference;
    if (request.type !== undefined) changes.type = request.type;
    if (request.policyArea !== undefined) {
      changes.policyArea = await this.policyAreaOrThrow(request.policyArea);
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

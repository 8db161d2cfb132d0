import {
  majorityOptions,
  toWhipCountInput,
  whipBuilderInput,
  whipVerdict,
  type CountedMotion,
  type MajorityOption,
  type MotionTallyResponse,
  type WhipCountInput,
  type WhipVerdict,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BodySnapshotService } from '../bodies/body-snapshot.service';
import type { CouncilSnapshot } from '../council/council-snapshot';
import { todayIso } from '../council/membership-rules';
import { toJsonText, type JsonText } from '../common/json-text';
import { ChangeFeed } from '../database/change-feed';
import { CommittedCache } from '../database/committed-cache';
import { UnitOfWork } from '../database/unit-of-work';
import { WhipEntryEntity } from '../whip/whip-entry.entity';

export type TalliedMotion = CountedMotion & { id: number };

/** The step of a motion's path a count is for: its body on its date (today when it has none). */
export type TalliedStep = { id: number; bodyKey: string; date: string | null };

export type MotionCount = {
  verdict: WhipVerdict;
  options: MajorityOption[];
  /** The council's groups the count covers (the mayor is none). */
  groupKeys: string[];
};

function tallyResponse({ verdict, options }: MotionCount): MotionTallyResponse {
  return { ...verdict.tallies, options, certainty: verdict.certainty };
}

/**
 * Tables whose writes cannot change a count: sign-ins, the audit trail, a live entry's drafts
 * (counted apart), import bookkeeping, accounts. Every other table may (a new table too, until it
 * is named here), so a commit that writes one drops the cached counts.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'session',
  'audit_entry',
  'probe',
  'vote_draft',
  'oparl_import_state',
  'app_user',
]);

/** Builds the engine's input from the database and asks the shared engine; never counts itself. */
@Injectable()
export class TallyService {
  /** GET …/tally answers, serialized: read by every open screen, changed by few writes. */
  private readonly answers: CommittedCache<JsonText<MotionTallyResponse>>;

  constructor(
    private readonly bodies: BodySnapshotService,
    @InjectRepository(WhipEntryEntity) private readonly entries: Repository<WhipEntryEntity>,
    feed: ChangeFeed,
    uow: UnitOfWork,
  ) {
    this.answers = new CommittedCache(feed, uow, (table) => !NOT_COUNTED.has(table));
  }

  /**
   * A GET …/tally answer (`key` names the motion or step), counted once and shared by every
   * reader until a commit changes what it counts (see CommittedCache).
   */
  sharedTally(
    key: string,
    count: () => Promise<MotionTallyResponse>,
  ): Promise<JsonText<MotionTallyResponse>> {
    return this.answers.get(`${key}|${todayIso()}`, async () => toJsonText(await count()));
  }

  /** The body a step counts against, as it stands on the step's date (today without one). */
  snapshotOf(step: TalliedStep): Promise<CouncilSnapshot> {
    return this.bodies.snapshotOf(step.bodyKey, step.date ?? todayIso());
  }

  async verdictOf(motion: TalliedMotion, step: TalliedStep): Promise<WhipVerdict> {
    return whipVerdict(await this.inputOf(motion, step));
  }

  /**
   * Verdicts of many motions, each at one step (the list's body), with one query for all their
   * whip entries; keyed by motion id. Steps of the same body and date share one snapshot.
   */
  async verdictsOf(
    counted: ReadonlyArray<{ motion: TalliedMotion; step: TalliedStep }>,
  ): Promise<Map<number, WhipVerdict>> {
    const verdicts = new Map<number, WhipVerdict>();
    if (counted.length === 0) return verdicts;
    const entries = await this.entries.find({
      where: { consultationId: In(counted.map(({ step }) => step.id)) },
    });
    const byStep = new Map<number, WhipEntryEntity[]>();
    for (const entry of entries) {
      byStep.set(entry.consultationId, [...(byStep.get(entry.consultationId) ?? []), entry]);
    }
    const snapshots = new Map<string, Promise<CouncilSnapshot>>();
    for (const { motion, step } of counted) {
      const key = `${step.bodyKey}|${step.date ?? ''}`;
      const snapshot = snapshots.get(key) ?? this.snapshotOf(step);
      snapshots.set(key, snapshot);
      const input = toWhipCountInput(await snapshot, motion, byStep.get(step.id) ?? []);
      verdicts.set(motion.id, whipVerdict(input));
    }
    return verdicts;
  }

  /**
   * One computation of all a motion's screens show of its count: the verdict (badge, certainty),
   * the builder's partner sets, and the council's group keys it was counted against.
   */
  async countOf(motion: TalliedMotion, step: TalliedStep): Promise<MotionCount> {
    const input = await this.inputOf(motion, step);
    return {
      verdict: whipVerdict(input),
      options: majorityOptions(whipBuilderInput(input)),
      groupKeys: input.groups.filter((group) => !group.isMayor).map((group) => group.key),
    };
  }

  /** GET …/tally of a step: the three scenarios, the partner sets and the certainty. */
  async tallyOf(motion: TalliedMotion, step: TalliedStep): Promise<MotionTallyResponse> {
    return tallyResponse(await this.countOf(motion, step));
  }

  private async inputOf(motion: TalliedMotion, step: TalliedStep): Promise<WhipCountInput> {
    const [snapshot, entries] = await Promise.all([
      this.snapshotOf(step),
      this.entries.find({ where: { consultationId: step.id } }),
    ]);
    return toWhipCountInput(snapshot, motion, entries);
  }
}

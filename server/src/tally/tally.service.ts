import {
  majorityOptions,
  toWhipCountInput,
  whipBuilderInput,
  whipVerdict,
  type CountedMotion,
  type MajorityOption,
  type MotionTallyResponse,
  type StoredWhip,
  type WhipCountInput,
  type WhipVerdict,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { WhipEntryEntity } from '../whip/whip-entry.entity';

export type TalliedMotion = CountedMotion & { id: number };

export type MotionCount = {
  verdict: WhipVerdict;
  options: MajorityOption[];
  /** The council's groups the count covers (the mayor is none). */
  groupKeys: string[];
};

function tallyResponse({ verdict, options }: MotionCount): MotionTallyResponse {
  return { ...verdict.tallies, options, certainty: verdict.certainty };
}

/** Builds the engine's input from the database and asks the shared engine; never counts itself. */
@Injectable()
export class TallyService {
  constructor(
    private readonly snapshots: CouncilSnapshotService,
    @InjectRepository(WhipEntryEntity) private readonly entries: Repository<WhipEntryEntity>,
  ) {}

  async verdictOf(motion: TalliedMotion): Promise<WhipVerdict> {
    return whipVerdict(await this.inputOf(motion));
  }

  /** Verdicts of many motions with one query for all their whip entries. */
  async verdictsOf(motions: TalliedMotion[]): Promise<Map<number, WhipVerdict>> {
    const verdicts = new Map<number, WhipVerdict>();
    if (motions.length === 0) return verdicts;
    const [snapshot, entries] = await Promise.all([
      this.snapshots.snapshot(),
      this.entries.find({ where: { motionId: In(motions.map((m) => m.id)) } }),
    ]);
    const byMotion = new Map<number, WhipEntryEntity[]>();
    for (const entry of entries) {
      byMotion.set(entry.motionId, [...(byMotion.get(entry.motionId) ?? []), entry]);
    }
    for (const motion of motions) {
      const input = toWhipCountInput(snapshot, motion, byMotion.get(motion.id) ?? []);
      verdicts.set(motion.id, whipVerdict(input));
    }
    return verdicts;
  }

  /**
   * One computation of all a motion's screens show of its count: the verdict (badge, certainty),
   * the builder's partner sets, and the council's group keys it was counted against. A caller
   * that just wrote the whip entries passes them (the hot path after a whip write).
   */
  async countOf(motion: TalliedMotion, entries?: readonly StoredWhip[]): Promise<MotionCount> {
    const input = entries
      ? toWhipCountInput(await this.snapshots.snapshot(), motion, entries)
      : await this.inputOf(motion);
    return {
      verdict: whipVerdict(input),
      options: majorityOptions(whipBuilderInput(input)),
      groupKeys: input.groups.filter((group) => !group.isMayor).map((group) => group.key),
    };
  }

  /** GET /api/motions/:id/tally: the three scenarios, the partner sets and the certainty. */
  async tallyOf(motion: TalliedMotion): Promise<MotionTallyResponse> {
    return tallyResponse(await this.countOf(motion));
  }

  private async inputOf(motion: TalliedMotion): Promise<WhipCountInput> {
    const [snapshot, entries] = await Promise.all([
      this.snapshots.snapshot(),
      this.entries.find({ where: { motionId: motion.id } }),
    ]);
    return toWhipCountInput(snapshot, motion, entries);
  }
}

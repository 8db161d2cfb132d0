import {
  majorityOptions,
  toWhipCountInput,
  whipBuilderInput,
  whipVerdict,
  type CountedMotion,
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

  /** The verdict for entries the caller already holds (the hot path after a whip write). */
  async verdictWith(motion: TalliedMotion, entries: StoredWhip[]): Promise<WhipVerdict> {
    return whipVerdict(toWhipCountInput(await this.snapshots.snapshot(), motion, entries));
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

  /** GET /api/motions/:id/tally: the three scenarios plus the partner sets of the builder. */
  async tallyOf(motion: TalliedMotion): Promise<MotionTallyResponse> {
    const input = await this.inputOf(motion);
    const { tallies } = whipVerdict(input);
    return { ...tallies, options: majorityOptions(whipBuilderInput(input)) };
  }

  private async inputOf(motion: TalliedMotion): Promise<WhipCountInput> {
    const [snapshot, entries] = await Promise.all([
      this.snapshots.snapshot(),
      this.entries.find({ where: { motionId: motion.id } }),
    ]);
    return toWhipCountInput(snapshot, motion, entries);
  }
}

import {
  COUNCIL_BODY_KEY,
  type BallotExportRow,
  type BallotVote,
  type HistoryQuery,
  type HistoryVote,
  type MemberBallotSums,
  type RecordedBlock,
  type RecordedPrediction,
  type QuorumRule,
  type RequiredMajority,
  type Tally,
  type VoteSource,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { MemberEntity } from '../council/member.entity';
import { ConsultationEntity } from '../motions/consultation.entity';
import { MotionEntity } from '../motions/motion.entity';
import { sponsorCondition } from '../motions/motion-rules';
import { BallotEntity } from '../votes/ballot.entity';
import { MemberDayEntity } from '../votes/member-day.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';

/** A recorded vote with what the history lists show of its motion. */
export type LoadedVote = HistoryVote & {
  predictions: RecordedPrediction[];
  reference: string | null;
  policyArea: string | null;
  sponsorGroupKeys: string[];
  source: VoteSource;
  /** The body of the step voted on (the history is per body, default the Rat). */
  bodyKey: string;
  resultText: string | null;
  unanimous: boolean | null;
};

type RawVote = {
  id: number;
  motionId: number;
  date: string;
  source: VoteSource;
  requiredMajority: RequiredMajority;
  quorumRule: QuorumRule;
  votingMembers: number;
  title: string;
  reference: string | null;
  policyArea: string | null;
  sponsorGroupKeys: string;
  bodyKey: string;
  resultText: string | null;
  unanimous: boolean | number | null;
};

type RawSums = {
  memberId: number;
  groupKey: string | null;
  votes: number | string;
  present: number | string;
  absent: number | string;
  deviations: number | string;
};

type VoteCounts = { blocks: RecordedBlock[]; tally: Tally; predictions: RecordedPrediction[] };

const EMPTY_COUNTS: VoteCounts = {
  blocks: [],
  tally: {
    yes: 0,
    no: 0,
    abstain: 0,
    absent: 0,
    present: 0,
    quorum: false,
    required: 0,
    passes: false,
    democraticMajority: false,
    reliesOnExcluded: false,
    robustAgainstExcluded: false,
    blockedByExcluded: false,
    margin: 0,
    pivotalGroupKeys: [],
  },
  predictions: [],
};

/** Member sums per member and group over day rows (`d`) or ballots (`b`). */
function sums<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: 'd' | 'b',
  votes: string,
  deviations: string,
): SelectQueryBuilder<T> {
  return qb
    .select(`${alias}.memberId`, 'memberId')
    .addSelect(`${alias}.groupKey`, 'groupKey')
    .addSelect(votes, 'votes')
    .addSelect(`SUM(${alias}.present)`, 'present')
    .addSelect(`SUM(${alias}.absent)`, 'absent')
    .addSelect(`SUM(${deviations})`, 'deviations')
    .groupBy(`${alias}.memberId`)
    .addGroupBy(`${alias}.groupKey`);
}

/** The body whose votes a query counts: the Rat unless it names another. */
function bodyOf(query: HistoryQuery): string {
  return query.body ?? COUNCIL_BODY_KEY;
}

/**
 * Whether a query needs the motion or vote row beyond the ballot's own date. The member-day sums
 * hold the Rat's ballots only, so another body's figures come from its ballots.
 */
function needsVoteJoin(query: HistoryQuery): boolean {
  return Boolean(query.policyArea || query.sponsor || bodyOf(query) !== COUNCIL_BODY_KEY);
}

/**
 * The history's only reads: set-based SQL that returns plain rows (no entity hydration). The
 * figures themselves are computed by the pure functions of the shared package.
 */
@Injectable()
export class HistoryRepository {
  /** Parsed blocks, tally and predictions per recorded vote id (immutable once recorded). */
  private readonly counts = new Map<number, VoteCounts>();
  private model: { fingerprint: string; votes: LoadedVote[] } | null = null;

  constructor(
    @InjectRepository(RecordedVoteEntity) private readonly votes: Repository<RecordedVoteEntity>,
    @InjectRepository(BallotEntity) private readonly ballots: Repository<BallotEntity>,
    @InjectRepository(MemberDayEntity) private readonly days: Repository<MemberDayEntity>,
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
  ) {}

  /** The recorded votes of the period and filters, newest first. */
  async loadVotes(
    query: HistoryQuery,
    only: { voteId?: number; motionIds?: number[] } = {},
  ): Promise<LoadedVote[]> {
    const motionIds = only.motionIds ? new Set(only.motionIds) : null;
    const passes = query.result === undefined ? undefined : query.result === 'adopted';
    // One vote asked for by id is found whatever its body.
    const body = only.voteId === undefined ? bodyOf(query) : undefined;
    return (await this.allVotes()).filter(
      (vote) =>
        (body === undefined || vote.bodyKey === body) &&
        (!query.from || vote.date >= query.from) &&
        (!query.to || vote.date <= query.to) &&
        (passes === undefined || vote.tally.passes === passes) &&
        (!query.policyArea || vote.policyArea === query.policyArea) &&
        (!query.sponsor || vote.sponsorGroupKeys.includes(query.sponsor)) &&
        (only.voteId === undefined || vote.id === only.voteId) &&
        (!motionIds || motionIds.has(vote.motionId)),
    );
  }

  /**
   * Every recorded vote that is not void, with its motion's fields, newest first: an in-process
   * read model, rebuilt when a fingerprint of the votes and motions (counts, max ids, voided
   * count, version sum, last update) changes. Blocks, tally and predictions never change once recorded and are parsed once.
   */
  private async allVotes(): Promise<LoadedVote[]> {
    const fingerprint = await this.fingerprint();
    if (this.model?.fingerprint === fingerprint) return this.model.votes;
    const rows = await this.votes
      .createQueryBuilder('v')
      .innerJoin(MotionEntity, 'm', 'm.id = v.motionId')
      .innerJoin(ConsultationEntity, 'c', 'c.id = v.consultationId')
      .select('v.id', 'id')
      .addSelect('v.motionId', 'motionId')
      .addSelect('v.date', 'date')
      .addSelect('v.source', 'source')
      .addSelect('v.requiredMajority', 'requiredMajority')
      .addSelect('v.quorumRule', 'quorumRule')
      .addSelect('v.votingMembers', 'votingMembers')
      .addSelect('m.title', 'title')
      .addSelect('m.reference', 'reference')
      .addSelect('m.policyArea', 'policyArea')
      .addSelect('m.sponsorGroupKeys', 'sponsorGroupKeys')
      .addSelect('c.bodyKey', 'bodyKey')
      .addSelect('v.resultText', 'resultText')
      .addSelect('v.unanimous', 'unanimous')
      .where('v.voidedAt IS NULL')
      .orderBy('v.date', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .getRawMany<RawVote>();
    const counts = await this.countsOf(rows.map((row) => Number(row.id)));
    const votes = rows.map((row): LoadedVote => {
      const id = Number(row.id);
      const { blocks, tally, predictions } = counts.get(id) ?? EMPTY_COUNTS;
      return {
        id,
        motionId: Number(row.motionId),
        title: row.title,
        date: row.date,
        requiredMajority: row.requiredMajority,
        // The body's quorum rule the vote was counted under (pivotal groups are judged by it).
        quorumRule: row.quorumRule,
        votingMembers: Number(row.votingMembers),
        blocks,
        tally,
        predictions,
        reference: row.reference,
        policyArea: row.policyArea,
        sponsorGroupKeys: JSON.parse(row.sponsorGroupKeys) as string[],
        source: row.source,
        bodyKey: row.bodyKey,
        resultText: row.resultText,
        // Raw rows: SQLite gives 0/1, PostgreSQL a boolean.
        unanimous: row.unanimous === null ? null : Boolean(row.unanimous),
      };
    });
    this.model = { fingerprint, votes };
    return votes;
  }

  private async fingerprint(): Promise<string> {
    const [votes, motions] = await Promise.all([
      this.votes
        .createQueryBuilder('v')
        .select('COUNT(*)', 'n')
        .addSelect('MAX(v.id)', 'maxId')
        // A void changes no count or id: the number of voided votes does.
        .addSelect('COUNT(v.voidedAt)', 'voided')
        .getRawOne<Record<string, unknown>>(),
      this.votes.manager
        .createQueryBuilder(MotionEntity, 'm')
        .select('COUNT(*)', 'n')
        .addSelect('MAX(m.id)', 'maxId')
        .addSelect('SUM(m.version)', 'versions')
        .addSelect('MAX(m.updatedAt)', 'updated')
        .getRawOne<Record<string, unknown>>(),
    ]);
    return JSON.stringify([votes, motions]);
  }

  /** Blocks, tallies and predictions of these votes: parsed once, then kept. */
  private async countsOf(ids: number[]): Promise<Map<number, VoteCounts>> {
    const missing = ids.filter((id) => !this.counts.has(id));
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await this.votes
        .createQueryBuilder('v')
        .select('v.id', 'id')
        .addSelect('v.blocks', 'blocks')
        .addSelect('v.tally', 'tally')
        .addSelect('v.predictions', 'predictions')
        .where('v.id IN (:...ids)', { ids: missing.slice(i, i + 500) })
        .getRawMany<{ id: number; blocks: string; tally: string; predictions: string | null }>();
      for (const row of rows) {
        this.counts.set(Number(row.id), {
          blocks: JSON.parse(row.blocks) as RecordedBlock[],
          tally: JSON.parse(row.tally) as Tally,
          predictions: row.predictions ? (JSON.parse(row.predictions) as RecordedPrediction[]) : [],
        });
      }
    }
    return this.counts;
  }

  /**
   * Each member's ballot facts summed per group the member had on those days: from the day rows
   * for a period (and result), from the ballots themselves when motion filters apply.
   */
  async memberSums(query: HistoryQuery): Promise<MemberBallotSums[]> {
    const [rows, members] = await Promise.all([
      needsVoteJoin(query) ? this.sumsOfBallots(query) : this.sumsOfDays(query),
      this.members.find({ select: { id: true, name: true } }),
    ]);
    const names = new Map(members.map((member) => [member.id, member.name]));
    return rows
      .map((row) => ({
        memberId: Number(row.memberId),
        name: names.get(Number(row.memberId)) ?? '',
        groupKey: row.groupKey === '' ? null : row.groupKey,
        votes: Number(row.votes),
        present: Number(row.present),
        absent: Number(row.absent),
        deviations: Number(row.deviations),
      }))
      .sort(
        (a, b) =>
          (a.groupKey ?? '').localeCompare(b.groupKey ?? '') ||
          a.name.localeCompare(b.name, 'de') ||
          a.memberId - b.memberId,
      );
  }

  private sumsOfDays(query: HistoryQuery): Promise<RawSums[]> {
    const qb = sums(this.days.createQueryBuilder('d'), 'd', 'SUM(d.votes)', 'd.deviations');
    if (query.from) qb.andWhere('d.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('d.date <= :to', { to: query.to });
    if (query.groupKey) qb.andWhere('d.groupKey = :groupKey', { groupKey: query.groupKey });
    if (query.result) qb.andWhere('d.adopted = :adopted', { adopted: query.result === 'adopted' });
    return qb.getRawMany<RawSums>();
  }

  private sumsOfBallots(query: HistoryQuery): Promise<RawSums[]> {
    const qb = this.ballots
      .createQueryBuilder('b')
      .innerJoin(RecordedVoteEntity, 'v', 'v.id = b.voteId')
      .innerJoin(MotionEntity, 'm', 'm.id = v.motionId');
    sums(qb, 'b', 'COUNT(*)', 'b.deviates');
    if (query.groupKey) qb.andWhere('b.groupKey = :groupKey', { groupKey: query.groupKey });
    this.filtered(qb, query);
    return qb.getRawMany<RawSums>();
  }

  /** Every ballot of the period's votes (group-count votes have none), newest vote first. */
  async ballotRows(query: HistoryQuery): Promise<BallotExportRow[]> {
    const qb = this.ballots
      .createQueryBuilder('b')
      .innerJoin(RecordedVoteEntity, 'v', 'v.id = b.voteId')
      .innerJoin(MotionEntity, 'm', 'm.id = v.motionId')
      .innerJoin(MemberEntity, 'p', 'p.id = b.memberId')
      .select('b.voteId', 'voteId')
      .addSelect('v.motionId', 'motionId')
      .addSelect('v.date', 'date')
      .addSelect('m.title', 'title')
      .addSelect('b.memberId', 'memberId')
      .addSelect('p.name', 'name')
      .addSelect('b.groupKey', 'groupKey')
      .addSelect('b.vote', 'vote')
      .orderBy('v.date', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .addOrderBy('b.memberId', 'ASC');
    this.filtered(qb, query);
    const rows = await qb.getRawMany<BallotExportRow & { vote: BallotVote }>();
    return rows.map((row) => ({
      ...row,
      voteId: Number(row.voteId),
      motionId: Number(row.motionId),
      memberId: Number(row.memberId),
    }));
  }

  /**
   * Period, body and filters on a query joining recorded_vote `v` and motion `m`; void votes
   * never count.
   */
  private filtered<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    query: HistoryQuery,
  ): SelectQueryBuilder<T> {
    qb.innerJoin(ConsultationEntity, 'c', 'c.id = v.consultationId');
    qb.andWhere('c.bodyKey = :body', { body: bodyOf(query) });
    qb.andWhere('v.voidedAt IS NULL');
    if (query.from) qb.andWhere('v.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('v.date <= :to', { to: query.to });
    if (query.result) qb.andWhere('v.passes = :passes', { passes: query.result === 'adopted' });
    if (query.policyArea)
      qb.andWhere('m.policyArea = :policyArea', { policyArea: query.policyArea });
    if (query.sponsor) qb.andWhere(...sponsorCondition(query.sponsor));
    return qb;
  }
}

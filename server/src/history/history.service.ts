import {
  groupHistory,
  historySummary,
  memberHistory,
  projectionAccuracy,
  voteLines,
  voteProjection,
  type AccuracyRow,
  type BallotExportRow,
  type GroupHistoryRow,
  type HistoryQuery,
  type HistorySummary,
  type HistoryVoteDetail,
  type HistoryVoteView,
  type MemberHistoryRow,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { GroupEntity } from '../council/group.entity';
import { resultOnlyFacts } from '../votes/vote-view';
import { VotesError } from '../votes/votes.errors';
import { ballotsCsv, votesCsv, type CsvLanguage } from './history-csv';
import { HistoryError } from './history.errors';
import { HistoryRepository, type LoadedVote } from './history.repository';

function toHistoryVoteView(vote: LoadedVote): HistoryVoteView {
  const { groupLines, coalitionLine } = voteLines(vote);
  return {
    id: vote.id,
    motionId: vote.motionId,
    title: vote.title,
    reference: vote.reference,
    policyArea: vote.policyArea,
    sponsorGroupKeys: vote.sponsorGroupKeys,
    date: vote.date,
    result: vote.tally.passes ? 'adopted' : 'rejected',
    source: vote.source,
    tally: vote.tally,
    groupLines,
    coalitionLine,
    ...resultOnlyFacts(vote),
  };
}

function periodOrThrow(query: HistoryQuery): HistoryQuery {
  if (query.from && query.to && query.from > query.to) {
    throw new HistoryError('INVALID_PERIOD', `from (${query.from}) liegt nach to (${query.to})`);
  }
  return query;
}

/** The committee's view: loads rows, the shared pure functions compute every figure. */
@Injectable()
export class HistoryService {
  /** List views of the read model's votes: its vote objects are replaced when anything changes. */
  private readonly views = new WeakMap<LoadedVote, HistoryVoteView>();

  constructor(
    private readonly repository: HistoryRepository,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
  ) {}

  async votes(query: HistoryQuery): Promise<HistoryVoteView[]> {
    return (await this.repository.loadVotes(periodOrThrow(query))).map((vote) => {
      const view = this.views.get(vote) ?? toHistoryVoteView(vote);
      this.views.set(vote, view);
      return view;
    });
  }

  async vote(id: number): Promise<HistoryVoteDetail> {
    const [vote] = await this.repository.loadVotes({}, { voteId: id });
    if (!vote) throw new VotesError('VOTE_NOT_FOUND', `Abstimmung ${id} nicht gefunden`);
    return {
      ...toHistoryVoteView(vote),
      blocks: vote.blocks,
      projection: voteProjection(vote),
    };
  }

  async summary(query: HistoryQuery): Promise<HistorySummary> {
    return historySummary(await this.repository.loadVotes(periodOrThrow(query)));
  }

  async groupFigures(query: HistoryQuery): Promise<GroupHistoryRow[]> {
    const [votes, keys] = await Promise.all([
      this.repository.loadVotes(periodOrThrow(query)),
      this.groupKeys(),
    ]);
    return groupHistory(votes, keys);
  }

  async memberFigures(query: HistoryQuery): Promise<MemberHistoryRow[]> {
    return memberHistory(await this.repository.memberSums(periodOrThrow(query)));
  }

  async accuracy(query: HistoryQuery): Promise<AccuracyRow[]> {
    const votes = await this.repository.loadVotes(periodOrThrow(query));
    return projectionAccuracy(votes);
  }

  async ballots(query: HistoryQuery): Promise<BallotExportRow[]> {
    return this.repository.ballotRows(periodOrThrow(query));
  }

  async votesCsv(query: HistoryQuery, language: CsvLanguage): Promise<string> {
    const [votes, keys] = await Promise.all([this.votes(query), this.groupKeys()]);
    return votesCsv(votes, keys, language);
  }

  async ballotsCsv(query: HistoryQuery, language: CsvLanguage): Promise<string> {
    return ballotsCsv(await this.ballots(query), language);
  }

  /** Council groups in seat-chart order: the order of group figures and CSV columns. */
  private async groupKeys(): Promise<string[]> {
    const groups = await this.groups.find({ order: { chartOrder: 'ASC', id: 'ASC' } });
    return groups.map((group) => group.key);
  }
}

import type {
  AccuracyRow,
  BallotExportRow,
  GroupHistoryRow,
  HistorySummary,
  HistoryVoteDetail,
  HistoryVoteView,
  MemberHistoryRow,
} from '@mehrheitsplaner/shared';
import { Controller, Get, Header, Param, ParseIntPipe, Query } from '@nestjs/common';
import { HistoryCsvQueryDto } from './dto/history-csv-query.dto';
import { HistoryQueryDto } from './dto/history-query.dto';
import { HistoryService } from './history.service';

const CSV = 'text/csv; charset=utf-8';

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

/** Section "History" of api.md: every role may read it (committee, councillor, manager, admin). */
@Controller('history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get('votes')
  votes(@Query() query: HistoryQueryDto): Promise<HistoryVoteView[]> {
    return this.history.votes(query);
  }

  @Get('votes.csv')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', attachment('abstimmungen.csv'))
  votesCsv(@Query() { lang, ...query }: HistoryCsvQueryDto): Promise<string> {
    return this.history.votesCsv(query, lang ?? 'de');
  }

  @Get('votes.json')
  @Header('Content-Disposition', attachment('abstimmungen.json'))
  votesJson(@Query() query: HistoryQueryDto): Promise<HistoryVoteView[]> {
    return this.history.votes(query);
  }

  @Get('votes/:id')
  vote(@Param('id', ParseIntPipe) id: number): Promise<HistoryVoteDetail> {
    return this.history.vote(id);
  }

  @Get('ballots.csv')
  @Header('Content-Type', CSV)
  @Header('Content-Disposition', attachment('einzelstimmen.csv'))
  ballotsCsv(@Query() { lang, ...query }: HistoryCsvQueryDto): Promise<string> {
    return this.history.ballotsCsv(query, lang ?? 'de');
  }

  @Get('ballots.json')
  @Header('Content-Disposition', attachment('einzelstimmen.json'))
  ballotsJson(@Query() query: HistoryQueryDto): Promise<BallotExportRow[]> {
    return this.history.ballots(query);
  }

  @Get('summary')
  summary(@Query() query: HistoryQueryDto): Promise<HistorySummary> {
    return this.history.summary(query);
  }

  @Get('groups')
  groups(@Query() query: HistoryQueryDto): Promise<GroupHistoryRow[]> {
    return this.history.groupFigures(query);
  }

  @Get('members')
  members(@Query() query: HistoryQueryDto): Promise<MemberHistoryRow[]> {
    return this.history.memberFigures(query);
  }

  @Get('accuracy')
  accuracy(@Query() query: HistoryQueryDto): Promise<AccuracyRow[]> {
    return this.history.accuracy(query);
  }
}

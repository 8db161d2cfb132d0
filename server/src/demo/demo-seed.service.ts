import { mayorVotesOn, type RecordedVoteView } from '@mehrheitsplaner/shared';
import { Injectable, Logger } from '@nestjs/common';
import { AgreementService } from '../agreement/agreement.service';
import type { AuthUser } from '../auth/auth.types';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { todayIso } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { MeetingsService } from '../meetings/meetings.service';
import type { MotionEntity } from '../motions/motion.entity';
import { MotionsService } from '../motions/motions.service';
import { VotesService } from '../votes/votes.service';
import { WhipService } from '../whip/whip.service';
import demoJson from './demo-motions.json';
import {
  DEMO_STATUS_PATHS,
  type DemoDecidedMotion,
  type DemoFile,
  type DemoMotion,
  type DemoSeedResult,
  type DemoVotesFile,
} from './demo-seed.types';
import { daysBefore, demoBallots, demoGroupCounts } from './demo-votes';
import votesJson from './demo-votes.json';

/** JSON strings widen the unions; demo-seed.spec.ts checks every value against them. */
const DEMO = demoJson as DemoFile;
const DEMO_VOTES = votesJson as DemoVotesFile;

const SEEDER: AuthUser = { id: 0, username: 'seed:demo', role: 'admin', groupKey: null };

type Written = { motionIds: number[]; votes: RecordedVoteView[] };

/**
 * Loads the example data (`npm run seed:demo`), motions marked isExample and prefixed
 * "[Beispiel]": the open motions of demo-motions.json and a year of council meetings with
 * recorded votes from demo-votes.json (dated back from the day of the seed), so the history and
 * its charts have something to show. Never runs by itself; running it twice adds nothing
 * (examples are matched by title). Writes through the owners (motions, agreement, whip, meetings,
 * votes) in ONE unit of work: a failure leaves nothing behind, and everything is published once
 * after the commit.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly whip: WhipService,
    private readonly agreement: AgreementService,
    private readonly meetings: MeetingsService,
    private readonly votes: VotesService,
    private readonly councilDays: CouncilSnapshotService,
  ) {}

  async seed(demo: DemoFile = DEMO, past: DemoVotesFile = DEMO_VOTES): Promise<DemoSeedResult> {
    const total = demo.motions.length + past.meetings.flatMap((m) => m.motions).length;
    const written = await this.uow.run(async () => {
      const existing = await this.motions.exampleTitles();
      const done: Written = { motionIds: [], votes: [] };
      const today = todayIso();
      for (const { meetingInDays, ...motion } of demo.motions) {
        const title = `${demo.titlePrefix}${motion.title}`;
        if (existing.has(title)) continue;
        const meetingDate =
          meetingInDays === undefined ? undefined : daysBefore(today, -meetingInDays);
        done.motionIds.push((await this.addExample({ ...motion, title, meetingDate })).id);
      }
      for (const [turn, meeting] of past.meetings.entries()) {
        const fresh = meeting.motions.filter((m) => !existing.has(`${demo.titlePrefix}${m.title}`));
        if (fresh.length === 0) continue;
        const date = daysBefore(today, meeting.daysAgo);
        const meetingId = await this.meetingOn(date, `${demo.titlePrefix}${past.meetingName}`);
        for (const motion of fresh) {
          const title = `${demo.titlePrefix}${motion.title}`;
          done.votes.push(await this.decide({ ...motion, title }, meetingId, date, turn));
        }
      }
      return done;
    });
    for (const id of written.motionIds) {
      await this.motions.publish(await this.motions.motionOrThrow(id));
    }
    for (const vote of written.votes) await this.votes.publishRecorded(vote);
    const created = written.motionIds.length + written.votes.length;
    const result = { created, skipped: total - created, votes: written.votes.length };
    this.logger.log(
      `Beispielanträge: ${result.created} angelegt, ${result.skipped} vorhanden, ` +
        `${result.votes} Abstimmungen erfasst`,
    );
    return result;
  }

  /** An example motion with its pledges, whip count and status. Joins the caller's work. */
  private async addExample(motion: DemoMotion): Promise<MotionEntity> {
    const { whip, status, pledgeKeys, ...request } = motion;
    const added = await this.motions.add(request, { isExample: true });
    await this.agreement.linkPledgesByKey(added.id, pledgeKeys);
    for (const { groupKey, ...entry } of whip) {
      await this.whip.put({ motionId: added.id }, groupKey, entry, SEEDER);
    }
    for (const step of DEMO_STATUS_PATHS[status] ?? []) {
      await this.motions.revise(added.id, { status: step });
    }
    return added;
  }

  /** A decided example: whipped, on the meeting's agenda, then its vote recorded. */
  private async decide(
    motion: DemoDecidedMotion,
    meetingId: number,
    date: string,
    turn: number,
  ): Promise<RecordedVoteView> {
    const { vote, ...rest } = motion;
    const added = await this.addExample({ ...rest, meetingDate: date, status: 'onAgenda' });
    const item = await this.meetings.createItem(meetingId, {
      name: motion.title,
      number: motion.reference,
      motionId: added.id,
    });
    const day = await this.councilDays.on(date);
    const counts = demoGroupCounts(day, mayorVotesOn(day, added), vote);
    const input =
      vote.by === 'ballots' ? { ballots: demoBallots(day, counts, turn) } : { groupCounts: counts };
    return this.votes.store(
      { motionId: added.id },
      { meetingId, agendaItemId: item.id, ...input },
      SEEDER,
    );
  }

  /** The example meeting of that day, created once. */
  private async meetingOn(date: string, name: string): Promise<number> {
    const sameDay = await this.meetings.list({ from: date, to: date });
    const found = sameDay.find((meeting) => meeting.name === name);
    return found ? found.id : (await this.meetings.create({ date, name })).id;
  }
}

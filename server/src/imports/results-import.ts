import {
  COUNCIL_BODY_KEY,
  MAYOR_KEY,
  type FileImportChange,
  type FileImportRowError,
  type GroupCountRequest,
} from '@mehrheitsplaner/shared';
import { IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.types';
import { BodyEntity } from '../bodies/body.entity';
import { GroupEntity } from '../council/group.entity';
import { ConsultationEntity } from '../motions/consultation.entity';
import { MotionEntity } from '../motions/motion.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { DomainError } from '../common/domain.error';
import type { VotesService } from '../votes/votes.service';
import type { FileTable } from './file-table';
import { countOf, germanDay, ImportRows, isoDay, rowError } from './import-columns';
import { isCouncilBody, isMayorLine, matchGroup } from './import-lookups';
import type { ImportOutcome } from './members-import';

const COLUMNS = {
  motion: {
    label: 'Drucksache',
    headers: ['Drucksache', 'Antrag', 'Vorlage', 'Drucksachennummer', 'Nummer'],
    required: true,
  },
  date: { label: 'Datum', headers: ['Datum', 'Sitzungsdatum', 'Sitzung'], required: true },
  body: { label: 'Gremium', headers: ['Gremium', 'Organ'], required: false },
  group: { label: 'Fraktion', headers: ['Fraktion', 'Gruppe'], required: true },
  yes: { label: 'ja', headers: ['ja', 'dafür'], required: true },
  no: { label: 'nein', headers: ['nein', 'dagegen'], required: true },
  abstain: { label: 'Enthaltung', headers: ['Enthaltung', 'Enthaltungen'], required: true },
  absent: { label: 'abwesend', headers: ['abwesend', 'fehlend'], required: false },
};
type Field = keyof typeof COLUMNS;
const COUNTS = ['yes', 'no', 'abstain', 'absent'] as const;

/** The rows of one vote: a motion (Drucksache) on a day in a body (its step on the path). */
type Vote = {
  rows: number[];
  motion: MotionEntity;
  date: string;
  step: ConsultationEntity;
  counts: GroupCountRequest[];
};

/**
 * `kind=results`: recorded results per group, one recorded vote per Drucksache and day, written
 * through the votes module (its checks: every group with its seats that day). A vote already
 * recorded for the motion on that day is left as it is, so the same file twice changes nothing.
 */
export class ResultsImport {
  private readonly changes: FileImportChange[] = [];
  private readonly errors: FileImportRowError[] = [];
  /** Seats per group of a step's body on a day (`stepId|date`), read once per vote. */
  private readonly seats = new Map<string, Map<string, number>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly votes: VotesService,
    private readonly user: AuthUser,
  ) {}

  async run(table: FileTable): Promise<ImportOutcome & { recorded: number[] }> {
    const rows = ImportRows.of(table, COLUMNS);
    if (Array.isArray(rows)) return { changes: [], errors: rows, recorded: [] };
    const groups = await this.manager.find(GroupEntity);
    const votes = new Map<string, Vote>();
    for (const { row, cells } of table.rows) {
      await this.collect(row, cells, rows, groups, votes);
    }
    const recorded: number[] = [];
    if (this.errors.length > 0) return { changes: [], errors: this.errors, recorded };
    for (const vote of votes.values()) {
      const id = await this.record(vote);
      if (id !== null) recorded.push(id);
    }
    return { changes: this.changes, errors: this.errors, recorded };
  }

  private async collect(
    row: number,
    cells: string[],
    rows: ImportRows<Field>,
    groups: GroupEntity[],
    votes: Map<string, Vote>,
  ): Promise<void> {
    const before = this.errors.length;
    const fail = (field: Field, message: string) =>
      this.errors.push(rowError(row, rows.label(field), message));
    const reference = rows.text(cells, 'motion');
    const motion =
      reference === '' ? null : await this.manager.findOneBy(MotionEntity, { reference });
    if (reference === '') fail('motion', 'Drucksache fehlt');
    else if (!motion) fail('motion', `keine Drucksache „${reference}“ gefunden`);
    const dateText = rows.text(cells, 'date');
    const date = isoDay(dateText);
    if (date === null) fail('date', `„${dateText}“ ist kein Datum (TT.MM.JJJJ)`);
    const bodyText = rows.text(cells, 'body');
    const step = motion ? await this.stepOf(motion, bodyText) : null;
    if (motion && !step) {
      fail('body', `Drucksache „${reference}“ hat keine Beratung im Gremium „${bodyText}“`);
    }
    const groupText = rows.text(cells, 'group');
    const groupKey = isMayorLine(groupText) ? MAYOR_KEY : matchGroup(groups, groupText)?.key;
    if (groupKey === undefined) fail('group', `unbekannte Fraktion „${groupText}“`);
    const counts = COUNTS.map((field) => {
      const value = countOf(rows.text(cells, field));
      if (value === null) fail(field, 'keine ganze Zahl von 0 bis 1000');
      return value ?? 0;
    });
    if (this.errors.length > before || !motion || !step || date === null) return;
    if (groupKey === undefined) return;
    if (groupKey !== MAYOR_KEY) {
      const total = counts.reduce((sum, count) => sum + count, 0);
      const error = await this.seatsError(step, date, { key: groupKey, text: groupText }, total);
      if (error !== null) {
        fail('group', error);
        return;
      }
    }
    const key = `${step.id}|${date}`;
    const vote = votes.get(key) ?? { rows: [], motion, date, step, counts: [] };
    const [yes, no, abstain, absent] = counts;
    vote.rows.push(row);
    vote.counts.push({ groupKey, yes, no, abstain, absent });
    votes.set(key, vote);
  }

  /**
   * A group's row against its seats in the step's body that day: a group without seats there or
   * more votes than seats is this row's error (the votes module would refuse the whole vote).
   */
  private async seatsError(
    step: ConsultationEntity,
    date: string,
    group: { key: string; text: string },
    total: number,
  ): Promise<string | null> {
    const key = `${step.id}|${date}`;
    const seats = this.seats.get(key) ?? (await this.votes.seatsOn(step.id, date));
    this.seats.set(key, seats);
    const own = seats.get(group.key) ?? 0;
    const body = step.bodyKey === COUNCIL_BODY_KEY ? 'im Rat' : `im Gremium ${step.bodyKey}`;
    if (own === 0) return `„${group.text}“ hat am ${germanDay(date)} keine Sitze ${body}`;
    if (total > own)
      return `${total} Stimmen, aber „${group.text}“ hat ${body} nur ${own} ${own === 1 ? 'Sitz' : 'Sitze'}`;
    return null;
  }

  /** The motion's step in the body the cell names (key or name; blank or "Rat": the Rat). */
  private async stepOf(motion: MotionEntity, body: string): Promise<ConsultationEntity | null> {
    const steps = await this.manager.find(ConsultationEntity, { where: { motionId: motion.id } });
    const lower = body.toLowerCase();
    if (isCouncilBody(body)) return steps.find((s) => s.bodyKey === COUNCIL_BODY_KEY) ?? null;
    const named = await this.manager.find(BodyEntity);
    const key = named.find((b) => [b.key, b.name].some((n) => n.toLowerCase() === lower))?.key;
    return steps.find((s) => s.bodyKey === key) ?? null;
  }

  /** Records the vote unless one is recorded already; a refusal is an error on its first row. */
  private async record(vote: Vote): Promise<number | null> {
    const { motion, date, rows, step } = vote;
    const where = step.bodyKey === COUNCIL_BODY_KEY ? '' : ` (${step.bodyKey})`;
    const label = `${motion.reference ?? motion.title}${where} am ${germanDay(date)}`;
    const existing = await this.manager.existsBy(RecordedVoteEntity, {
      consultationId: vote.step.id,
      date,
      voidedAt: IsNull(),
    });
    if (existing) {
      this.changes.push({ row: rows[0], action: 'unchanged', subject: 'vote', text: label });
      return null;
    }
    try {
      // The step the file names: the Rat's decides the motion, a committee's records its result.
      const view = await this.votes.store(
        { consultationId: step.id },
        { date, groupCounts: vote.counts },
        this.user,
      );
      const result = view.result === 'adopted' ? 'angenommen' : 'abgelehnt';
      this.changes.push({
        row: rows[0],
        action: 'add',
        subject: 'vote',
        text: `${label}: ${result} (${view.tally.yes} ja, ${view.tally.no} nein, ${view.tally.abstain} Enthaltungen)`,
      });
      return view.id;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.errors.push(rowError(rows[0], null, `${label}: ${error.message}`));
      return null;
    }
  }
}

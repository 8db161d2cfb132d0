import type { OparlImportCounts, OparlReportEntry, OparlSkipped } from '@mehrheitsplaner/shared';
import type { EntityManager } from 'typeorm';
import type { BodiesService } from '../bodies/bodies.service';
import type { CouncilService } from '../council/council.service';
import type { MembersService } from '../council/members.service';
import type { MeetingsService } from '../meetings/meetings.service';
import type { ConsultationsService } from '../motions/consultations.service';
import type { MotionsService } from '../motions/motions.service';
import type { ResultVotesService } from '../votes/result-votes.service';
import type { ExternalRefs } from './external-refs';
import type { ProgressFn } from './oparl-fetcher';
import type { OparlKindMapping } from './oparl-kinds';
import { isDeleted, text, typeName, type Mapped, type OparlRaw } from './oparl-mapping';

export type ApplyOutcome = {
  created: OparlImportCounts;
  updated: OparlImportCounts;
  deleted: OparlImportCounts;
  skipped: OparlSkipped[];
  ignored: number;
  guessed: OparlReportEntry[];
  missing: OparlReportEntry[];
  ended: OparlReportEntry[];
};

type CountKey = keyof OparlImportCounts;

/** Neutral grey for groups the import creates; an admin picks the real colour. */
export const IMPORTED_GROUP_COLOR = '#9E9E9E';

export function emptyCounts(): OparlImportCounts {
  return { groups: 0, members: 0, memberships: 0, motions: 0, meetings: 0, agendaItems: 0 };
}

export const modifiedOf = (raw: OparlRaw): string | null => text(raw.modified) ?? null;
export const placeholderName = (key: string) =>
  new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – Sitz \\d+$`);

export function emptyOutcome(): ApplyOutcome {
  return {
    created: emptyCounts(),
    updated: emptyCounts(),
    deleted: emptyCounts(),
    skipped: [],
    ignored: 0,
    guessed: [],
    missing: [],
    ended: [],
  };
}

/**
 * The modules whose tables an import fills. The import writes them only through these owners
 * (their methods join its unit of work), so their rules hold for imported rows too.
 */
export type OparlOwners = {
  council: CouncilService;
  members: MembersService;
  motions: MotionsService;
  meetings: MeetingsService;
  /** Committees and district councils (absent: they are only reported). */
  bodies?: BodiesService;
  /** The path of a motion (absent: consultations are only reported). */
  consultations?: ConsultationsService;
  /** Votes known only by their result (absent: agenda item results are only reported). */
  votes?: ResultVotesService;
};

/**
 * What every part of an import's write step shares: the transaction's manager (for reads), the
 * owners (for writes), refs and the outcome.
 */
export abstract class OparlApplyBase {
  constructor(
    protected readonly manager: EntityManager,
    protected readonly owners: OparlOwners,
    protected readonly refs: ExternalRefs,
    protected readonly progress: ProgressFn,
    protected readonly kinds: OparlKindMapping,
    readonly outcome: ApplyOutcome = emptyOutcome(),
    private readonly ticks: { processed: number } = { processed: 0 },
  ) {}

  protected count(kind: 'created' | 'updated' | 'deleted', key: CountKey): void {
    this.outcome[kind][key] += 1;
  }

  /** A mapping decision the source left open, for the data-quality report. */
  protected guess(type: string, id: string, note: string): void {
    this.outcome.guessed.push({ type, id, note });
  }

  /** Something the source lacks or the product cannot take yet, for the report. */
  protected missing(type: string, id: string, note: string): void {
    this.outcome.missing.push({ type, id, note });
  }

  protected skip(type: string, raw: OparlRaw | string, reason: string): void {
    const id = typeof raw === 'string' ? raw : (text(raw.id) ?? '(ohne id)');
    this.outcome.skipped.push({ type, id, reason });
  }

  /**
   * Walks objects of one type: without id → skipped, `deleted: true` → `onDeleted` (a deleted
   * object without `type` is taken as the list's type, and reported), else `onObject`. Reports
   * progress every 25 objects.
   */
  protected async forEachObject(
    type: string,
    objects: OparlRaw[],
    onDeleted: (id: string) => Promise<void> | void,
    onObject: (id: string, raw: OparlRaw) => Promise<void> | void,
  ): Promise<void> {
    for (const raw of objects) {
      this.ticks.processed += 1;
      if (this.ticks.processed % 25 === 0) this.progress('apply', this.ticks.processed);
      const id = text(raw.id);
      if (id === undefined) this.skip(type, raw, `${type} ohne id`);
      else if (isDeleted(raw)) {
        if (typeName(raw) === undefined) {
          this.guess(
            type,
            id,
            `gelöschtes Objekt ohne type: als ${type} aus dessen Liste gelöscht`,
          );
        }
        await onDeleted(id);
      } else await onObject(id, raw);
    }
  }

  /** The mapped value, or undefined after recording why the object was skipped. */
  protected mappedOrSkip<T>(type: string, id: string, mapped: Mapped<T>): T | undefined {
    if (mapped.ok) return mapped.value;
    this.skip(type, id, mapped.reason);
    return undefined;
  }
}

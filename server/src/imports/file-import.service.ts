import type { FileImportKind, FileImportResult } from '@mehrheitsplaner/shared';
import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentActor, runAsActor } from '../audit/audit-actor';
import type { AuthUser } from '../auth/auth.types';
import { BodiesService } from '../bodies/bodies.service';
import { CouncilService } from '../council/council.service';
import { MembersService } from '../council/members.service';
import { UnitOfWork } from '../database/unit-of-work';
import { VotesService } from '../votes/votes.service';
import { readTable } from './file-table';
import { MembersImport, type ImportOutcome } from './members-import';
import { ResultsImport } from './results-import';

/** More rows than a council's member list or a year of results: refused before any work. */
export const MAX_IMPORT_ROWS = 5000;

/** Ends the unit of work of a dry run (or of a file with errors) so nothing is written. */
class Rollback extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('rollback');
  }
}

type Outcome = ImportOutcome & { recorded?: number[] };

/**
 * Reads a CSV or XLSX file and applies it in ONE unit of work through the owner modules. A dry
 * run does the very same writes and rolls them back, so the preview shows what the owners would
 * accept, refusals included. Imports run one after another in this process.
 */
@Injectable()
export class FileImportService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly council: CouncilService,
    private readonly members: MembersService,
    private readonly votes: VotesService,
    private readonly bodies: BodiesService,
  ) {}

  async importFile(
    file: { content: Buffer; name: string },
    kind: FileImportKind,
    dryRun: boolean,
    user: AuthUser,
  ): Promise<FileImportResult> {
    const table = await readTable(file.content, file.name);
    if (table.rows.length > MAX_IMPORT_ROWS) {
      throw new BadRequestException(`Die Datei hat mehr als ${MAX_IMPORT_ROWS} Zeilen`);
    }
    const result = (outcome: Outcome, applied: boolean): FileImportResult => ({
      kind,
      dryRun,
      applied,
      rows: table.rows.length,
      changes: outcome.changes,
      errors: outcome.errors,
    });
    const run = this.queue.then(async () => {
      const outcome = await this.inUnitOfWork(async (manager) => {
        const work =
          kind === 'members'
            ? new MembersImport(manager, this.members, this.bodies).run(table)
            : new ResultsImport(manager, this.votes, user).run(table);
        const done: Outcome = await work;
        if (dryRun || done.errors.length > 0) throw new Rollback(done);
        return done;
      });
      if (outcome instanceof Rollback) return result(outcome.outcome, false);
      await this.publish(kind, outcome);
      return result(outcome, true);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async inUnitOfWork(
    work: (manager: EntityManager) => Promise<Outcome>,
  ): Promise<Outcome | Rollback> {
    const actor = currentActor();
    const importer = actor.role === null ? { ...actor, actor: 'file-import' } : actor;
    try {
      return await runAsActor(importer, () => this.uow.run(work));
    } catch (error) {
      if (error instanceof Rollback) return error;
      throw error;
    }
  }

  /** After the commit: the council to every client, or each recorded vote to its rooms. */
  private async publish(kind: FileImportKind, outcome: Outcome): Promise<void> {
    if (kind === 'members') {
      await this.council.publishCouncil();
      return;
    }
    for (const id of outcome.recorded ?? []) {
      await this.votes.publishRecorded(await this.votes.voteOrThrow(id));
    }
  }
}

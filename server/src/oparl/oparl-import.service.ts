import type { OparlImportResult, RecordedVoteView } from '@mehrheitsplaner/shared';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentActor, runAsActor, type AuditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { BodiesService } from '../bodies/bodies.service';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilService } from '../council/council.service';
import { MembersService } from '../council/members.service';
import { MeetingsService } from '../meetings/meetings.service';
import { ConsultationsService } from '../motions/consultations.service';
import { MotionsService } from '../motions/motions.service';
import { ResultVotesService } from '../votes/result-votes.service';
import { VotesService } from '../votes/votes.service';
import { ExternalRefs } from './external-refs';
import { OparlApplier } from './oparl-apply';
import { OparlClient } from './oparl-client';
import { OparlFetcher, type ProgressFn } from './oparl-fetcher';
import { OparlImportStateEntity } from './oparl-import-state.entity';
import { loadKindMapping, mappingForSource } from './oparl-kinds';

export type OparlImportOptions = {
  /** Ignore the remembered last import: fetch everything without `modified_since`. */
  full?: boolean;
  onProgress?: ProgressFn;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** A mapping file (oparl-kinds.default.json's shape) instead of OPARL_MAPPING or the default. */
  mapping?: string;
};

/**
 * Who an import writes as: the admin who started it, or `oparl-import` from the CLI. Its many
 * writes make one summary entry in the audit log, not one each.
 */
function importer(): AuditActor {
  const starter = currentActor();
  const actor = starter.role === null ? { actor: 'oparl-import', role: null, ip: null } : starter;
  return { ...actor, summarised: true };
}

/**
 * Imports an OParl System or Body: reads everything first (no transaction is held open while
 * the network is slow), then writes it in ONE transaction, so a failure leaves nothing behind.
 */
@Injectable()
export class OparlImportService {
  private readonly logger = new Logger(OparlImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly council: CouncilService,
    private readonly members: MembersService,
    private readonly motions: MotionsService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly bodies: BodiesService,
    private readonly consultations: ConsultationsService,
    private readonly resultVotes: ResultVotesService,
    private readonly votes: VotesService,
  ) {}

  async import(url: string, options: OparlImportOptions = {}): Promise<OparlImportResult> {
    const progress: ProgressFn = options.onProgress ?? (() => undefined);
    const startedAt = new Date().toISOString();
    const client = new OparlClient({ timeoutMs: options.timeoutMs });
    const fetcher = new OparlFetcher(client, progress);
    const snapshot = await fetcher.fetchSnapshot(url, async (system) => {
      const state = await this.dataSource
        .getRepository(OparlImportStateEntity)
        .findOneBy({ system });
      const refs = await ExternalRefs.load(this.dataSource.manager, system);
      return {
        since: options.full || !state ? null : state.lastImportAt,
        known: (type, id) => refs.has(type, id),
      };
    });

    progress('apply', 0);
    let recorded: RecordedVoteView[] = [];
    let changedPaths = new Set<number>();
    const outcome = await runAsActor(importer(), () =>
      this.uow.run(async (manager) => {
        const refs = await ExternalRefs.load(manager, snapshot.system);
        const owners = {
          council: this.council,
          members: this.members,
          motions: this.motions,
          meetings: this.meetings,
          bodies: this.bodies,
          consultations: this.consultations,
          votes: this.resultVotes,
        };
        const kinds = mappingForSource(loadKindMapping(options.mapping), snapshot.system);
        const applier = new OparlApplier(manager, owners, refs, progress, kinds);
        const result = await applier.apply(snapshot);
        recorded = applier.recordedVotes;
        changedPaths = applier.changedPaths;
        await manager.save(
          manager.create(OparlImportStateEntity, {
            system: snapshot.system,
            bodyId: typeof snapshot.body.id === 'string' ? snapshot.body.id : url,
            lastImportAt: startedAt,
          }),
        );
        await this.audit.recordSummary({
          action: 'import',
          entityType: 'oparlImport',
          entityId: snapshot.system.slice(0, 80),
          before: null,
          after: {
            created: result.created,
            updated: result.updated,
            deleted: result.deleted,
            skipped: result.skipped.length,
            ignored: result.ignored,
            guessed: result.guessed.length,
            missing: result.missing.length,
            ended: result.ended.length,
            modifiedSince: snapshot.since,
          },
        });
        return result;
      }),
    );
    progress('done', 1);
    await this.council.publishCouncil();
    for (const motionId of changedPaths) await this.consultations.publishPath(motionId);
    for (const vote of recorded) await this.votes.publishRecorded(vote);
    this.logger.log(`OParl-Import ${url}: ${JSON.stringify(outcome.created)} neu`);
    return { ...outcome, system: snapshot.system, modifiedSince: snapshot.since };
  }
}

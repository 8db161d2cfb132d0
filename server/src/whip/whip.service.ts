import {
  isOpenForWhip,
  MAYOR_KEY,
  type WhipEntryRequest,
  type WhipEntryView,
  type WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.types';
import type { CouncilSnapshot } from '../council/council-snapshot';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import type { ConsultationEntity } from '../motions/consultation.entity';
import { ConsultationsService } from '../motions/consultations.service';
import { MotionsService } from '../motions/motions.service';
import { TallyService } from '../tally/tally.service';
import { WhipEntryEntity } from './whip-entry.entity';
import type { WhipFields } from './whip-fields';
import { WhipHistoryEntity } from './whip-history.entity';
import { checkWhipEntryOrThrow, whipTargetOrThrow } from './whip-rules';
import {
  emptyWhipEntryView,
  noteAuthorKey,
  toWhipEntryView,
  toWhipHistoryEntry,
  whipEventFor,
  whipReader,
} from './whip-view';
import { whipAuditDiff } from './whip-audit';
import { WhipNoteEntity } from './whip-note.entity';
import { WhipError } from './whip.errors';

type EntryFields = Omit<WhipFields, 'id' | 'motionId' | 'consultationId' | 'groupKey' | 'version'>;

/** What a route names: a motion (its Rat step, the motion-level routes) or one step of its path. */
export type WhipTarget = { motionId: number } | { consultationId: number };

/** Where an entry lives: the step of the path (and its motion, kept beside it for lookups). */
type EntryKey = { motionId: number; consultationId: number; groupKey: string };

function staleEntryError(groupKey: string, current: number, sent: number | undefined): WhipError {
  const detail =
    sent === undefined ? 'Die Anfrage nennt keine Version' : `Die Anfrage nennt Version ${sent}`;
  return new WhipError(
    'WHIP_VERSION_CONFLICT',
    `Der Eintrag für ${groupKey} wurde inzwischen geändert (Version ${current}). ${detail}: ` +
      'bitte neu laden.',
  );
}

function coalitionOf(snapshot: CouncilSnapshot): string[] {
  return snapshot.groups.filter((group) => group.coalition).map((group) => group.key);
}

/**
 * Writes the author group's own note on the entry: an omitted or null note keeps it, "" removes
 * it. Other groups' notes are never touched (domain.md: each group keeps its own note).
 */
async function storeOwnNote(
  manager: EntityManager,
  key: EntryKey,
  request: WhipEntryRequest,
  user: AuthUser,
  stamp: { updatedBy: string; updatedAt: string },
): Promise<void> {
  if (request.note === undefined || request.note === null) return;
  const where = { ...key, authorGroupKey: noteAuthorKey(user) };
  const note = request.note.trim();
  if (note === '') {
    await manager.delete(WhipNoteEntity, where);
    return;
  }
  const existing = await manager.findOne(WhipNoteEntity, { where });
  const fields = { note, internal: request.noteInternal ?? false, ...stamp };
  await manager.save(
    existing
      ? Object.assign(existing, fields)
      : manager.create(WhipNoteEntity, { ...where, ...fields }),
  );
}

@Injectable()
export class WhipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly tally: TallyService,
    private readonly audit: AuditService,
    consultations: ConsultationsService,
  ) {
    consultations.onStepRemoved((stepId) => this.dropStep(stepId));
  }

  /** A removed step's whip count goes with it (entries, notes, change history). */
  private async dropStep(consultationId: number): Promise<void> {
    const manager = this.uow.manager;
    for (const entity of [WhipEntryEntity, WhipNoteEntity, WhipHistoryEntity]) {
      await manager.delete(entity, { consultationId });
    }
  }

  /** The step a route names: the motion's Rat step, or a consultation by its id. */
  private stepOf(target: WhipTarget): Promise<ConsultationEntity> {
    return 'motionId' in target
      ? this.motions.ratStepOrThrow(target.motionId)
      : this.motions.stepOrThrow(target.consultationId);
  }

  /** Every group's entry (groups without one: unknown, version 0), the mayor's last. */
  async list(target: WhipTarget, viewer: AuthUser): Promise<WhipEntryView[]> {
    if ('motionId' in target) await this.motions.motionOrThrow(target.motionId);
    const step = await this.stepOf(target);
    const where = { consultationId: step.id };
    const [snapshot, entries, notes] = await Promise.all([
      this.tally.snapshotOf(step),
      this.uow.repo(WhipEntryEntity).find({ where }),
      this.uow.repo(WhipNoteEntity).find({ where, order: { id: 'ASC' } }),
    ]);
    const reader = whipReader(viewer, coalitionOf(snapshot));
    const byKey = new Map(entries.map((entry) => [entry.groupKey, entry]));
    // A committee lists the groups that hold seats in it (or already have an entry there);
    // the Rat lists every council group, as always.
    const listed = this.motions.isRatStep(step)
      ? snapshot.groups
      : snapshot.groups.filter((group) => group.seats > 0 || byKey.has(group.key));
    const keys = listed.map((group) => group.key);
    if (snapshot.mayorMemberId !== null) keys.push(MAYOR_KEY);
    return keys.map((key) => {
      const entry = byKey.get(key);
      if (!entry) return emptyWhipEntryView(step, key);
      return toWhipEntryView(entry, notesOf(notes, key), reader);
    });
  }

  /** Every change of the step's whip count, newest first. */
  async historyOf(target: WhipTarget, viewer: AuthUser): Promise<WhipHistoryEntry[]> {
    if ('motionId' in target) await this.motions.motionOrThrow(target.motionId);
    const step = await this.stepOf(target);
    const [snapshot, rows] = await Promise.all([
      this.tally.snapshotOf(step),
      this.uow
        .repo(WhipHistoryEntity)
        .find({ where: { consultationId: step.id }, order: { id: 'DESC' } }),
    ]);
    const reader = whipReader(viewer, coalitionOf(snapshot));
    return rows.map((row) => toWhipHistoryEntry(row, reader));
  }

  /**
   * Stores one group's entry if the sent version is current (a first entry needs none), records
   * the change in the history, and pushes the new tally, entry and verdict to the live rooms.
   * Whose line a user may write is the access guard's (shared access table, `whip.write`).
   */
  async put(
    target: WhipTarget,
    groupKey: string,
    request: WhipEntryRequest,
    user: AuthUser,
  ): Promise<WhipEntryView> {
    if ('motionId' in target) await this.motions.motionOrThrow(target.motionId);
    const found = await this.stepOf(target);
    // The body's snapshot from the cache, read before the write: loading it inside the
    // transaction cost four queries per edit. A caller's unit of work (a seed that also writes
    // the council) still gets a fresh load, since snapshots are never shared inside a write.
    const snapshot = await this.tally.snapshotOf(found);
    const line = whipTargetOrThrow(snapshot, groupKey);
    checkWhipEntryOrThrow(snapshot, line, request);
    const { motion, step, entry, notes, history } = await this.uow.run(async (manager) => {
      const step = await this.motions.stepOrThrow(found.id);
      const motion = await this.motions.motionOrThrow(step.motionId);
      if (!isOpenForWhip(motion.status) || step.status !== 'open') {
        const status = step.status !== 'open' ? step.status : motion.status;
        throw new WhipError(
          'WHIP_CLOSED',
          `Antrag ${motion.id} ist ${status}: die Stimmenzählung ist abgeschlossen`,
        );
      }
      const key = { motionId: motion.id, consultationId: step.id, groupKey: line.key };
      return { motion, step, ...(await this.store(manager, key, request, user)) };
    });
    const coalition = coalitionOf(snapshot);
    await this.motions.publish(
      motion,
      {
        cause: { groupKey: entry.groupKey, version: entry.version },
        whip: whipEventFor(entry, notes, history, coalition),
      },
      step,
    );
    return toWhipEntryView(entry, notes, whipReader(user, coalition));
  }

  private async store(
    manager: EntityManager,
    key: EntryKey,
    request: WhipEntryRequest,
    user: AuthUser,
  ): Promise<{
    entry: WhipEntryEntity;
    notes: WhipNoteEntity[];
    history: WhipHistoryEntity;
  }> {
    const { motionId, consultationId, groupKey } = key;
    // Only this line's row: reading the step's other lines here would make parallel edits of
    // different lines serialization conflicts on PostgreSQL (retried, slow). The count after
    // the commit reads them.
    const existing = await manager.findOne(WhipEntryEntity, {
      where: { consultationId, groupKey },
    });
    const noteKey = { consultationId, groupKey, authorGroupKey: noteAuthorKey(user) };
    const before = existing && {
      entry: { ...existing },
      note: (await manager.findOne(WhipNoteEntity, { where: noteKey }))?.note ?? null,
    };
    const fields: EntryFields = {
      stance: request.stance,
      confidence: request.confidence,
      absent: request.absent ?? 0,
      split: request.split ? { ...request.split } : null,
      contact: request.contact ?? null,
      members: (request.members ?? []).map(({ memberId, vote }) => ({ memberId, vote })),
    };
    const stamp = { updatedBy: user.username, updatedAt: new Date().toISOString() };
    let entry: WhipEntryEntity;
    if (!existing) {
      if ((request.version ?? 0) !== 0) throw staleEntryError(groupKey, 0, request.version);
      entry = await manager.save(
        manager.create(WhipEntryEntity, { ...key, ...fields, ...stamp, version: 1 }),
      );
    } else {
      if (request.version !== existing.version) {
        throw staleEntryError(groupKey, existing.version, request.version);
      }
      const version = existing.version + 1;
      const result = await manager
        .createQueryBuilder()
        .update(WhipEntryEntity)
        .set({ ...fields, ...stamp, version })
        .where('id = :id AND version = :sent', { id: existing.id, sent: request.version })
        .execute();
      if (result.affected !== 1) throw staleEntryError(groupKey, existing.version, request.version);
      entry = Object.assign(existing, fields, stamp, { version });
    }
    await storeOwnNote(manager, key, request, user, stamp);
    const notes = await manager.find(WhipNoteEntity, {
      where: { consultationId, groupKey },
      order: { id: 'ASC' },
    });
    const own = notes.find((n) => n.authorGroupKey === noteAuthorKey(user));
    const history = manager.create(WhipHistoryEntity, {
      ...key,
      ...fields,
      note: own?.note ?? null,
      noteInternal: own?.internal ?? false,
      noteGroupKey: user.groupKey,
      version: entry.version,
      changedBy: stamp.updatedBy,
      changedAt: stamp.updatedAt,
    });
    // No re-read of the inserted row (TypeORM's default): the event is built from `history`.
    await manager
      .createQueryBuilder()
      .insert()
      .into(WhipHistoryEntity)
      .values(history)
      .updateEntity(false)
      .execute();
    await this.audit.record({
      action: existing ? 'update' : 'create',
      entityType: 'whipEntry',
      entityId: `${motionId}/${groupKey}`,
      ...whipAuditDiff(before, { entry, note: own?.note ?? null }),
    });
    return { entry, notes, history };
  }
}

function notesOf(notes: readonly WhipNoteEntity[], groupKey: string): WhipNoteEntity[] {
  return notes.filter((note) => note.groupKey === groupKey);
}

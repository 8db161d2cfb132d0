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
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { UnitOfWork } from '../database/unit-of-work';
import { MotionsService } from '../motions/motions.service';
import { RealtimeService } from '../realtime/realtime.service';
import { WhipEntryEntity } from './whip-entry.entity';
import type { WhipFields } from './whip-fields';
import { WhipHistoryEntity } from './whip-history.entity';
import { checkWhipEntryOrThrow, whipTargetOrThrow } from './whip-rules';
import { emptyWhipEntryView, toWhipEntryView, toWhipHistoryEntry } from './whip-view';
import { WhipError } from './whip.errors';

type EntryFields = Omit<WhipFields, 'id' | 'motionId' | 'groupKey' | 'version'>;

function staleEntryError(groupKey: string, current: number, sent: number | undefined): WhipError {
  const detail =
    sent === undefined ? 'Die Anfrage nennt keine Version' : `Die Anfrage nennt Version ${sent}`;
  return new WhipError(
    'WHIP_VERSION_CONFLICT',
    `Der Eintrag für ${groupKey} wurde inzwischen geändert (Version ${current}). ${detail}: ` +
      'bitte neu laden.',
  );
}

/**
 * The note part of a write: an omitted or null note keeps the stored note, its visibility and
 * author group (so an editor who cannot see an internal note never erases it); "" clears it.
 */
function noteFields(
  request: WhipEntryRequest,
  existing: WhipEntryEntity | null,
  user: AuthUser,
): Pick<WhipFields, 'note' | 'noteInternal' | 'noteGroupKey'> {
  if (request.note === undefined || request.note === null) {
    return existing
      ? {
          note: existing.note,
          noteInternal: existing.noteInternal,
          noteGroupKey: existing.noteGroupKey,
        }
      : { note: null, noteInternal: false, noteGroupKey: null };
  }
  const note = request.note.trim();
  return {
    note: note === '' ? null : note,
    noteInternal: note !== '' && (request.noteInternal ?? false),
    noteGroupKey: user.groupKey,
  };
}

@Injectable()
export class WhipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly motions: MotionsService,
    private readonly snapshots: CouncilSnapshotService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Every group's entry (groups without one: unknown, version 0), the mayor's last. */
  async list(motionId: number, viewer: AuthUser): Promise<WhipEntryView[]> {
    const [, snapshot, entries] = await Promise.all([
      this.motions.motionOrThrow(motionId),
      this.snapshots.snapshot(),
      this.uow.repo(WhipEntryEntity).find({ where: { motionId } }),
    ]);
    const byKey = new Map(entries.map((entry) => [entry.groupKey, entry]));
    const keys = snapshot.groups.map((group) => group.key);
    if (snapshot.mayorMemberId !== null) keys.push(MAYOR_KEY);
    return keys.map((key) => {
      const entry = byKey.get(key);
      return entry ? toWhipEntryView(entry, viewer) : emptyWhipEntryView(motionId, key);
    });
  }

  /** Every change of the motion's whip count, newest first. */
  async historyOf(motionId: number, viewer: AuthUser): Promise<WhipHistoryEntry[]> {
    await this.motions.motionOrThrow(motionId);
    const rows = await this.uow
      .repo(WhipHistoryEntity)
      .find({ where: { motionId }, order: { id: 'DESC' } });
    return rows.map((row) => toWhipHistoryEntry(row, viewer));
  }

  /**
   * Stores one group's entry if the sent version is current (a first entry needs none), records
   * the change in the history, and pushes the new tally, entry and verdict to the live rooms.
   */
  async put(
    motionId: number,
    groupKey: string,
    request: WhipEntryRequest,
    user: AuthUser,
  ): Promise<WhipEntryView> {
    const { motion, entry, entries } = await this.uow.run(async (manager) => {
      const motion = await this.motions.motionOrThrow(motionId);
      if (!isOpenForWhip(motion.status)) {
        throw new WhipError(
          'WHIP_CLOSED',
          `Antrag ${motionId} ist ${motion.status}: die Stimmenzählung ist abgeschlossen`,
        );
      }
      const snapshot = await this.snapshots.snapshot();
      const target = whipTargetOrThrow(snapshot, groupKey);
      checkWhipEntryOrThrow(snapshot, target, request);
      return { motion, ...(await this.store(manager, motionId, target.key, request, user)) };
    });
    await this.motions.publish(
      motion,
      { groupKey: entry.groupKey, version: entry.version },
      entries,
    );
    this.realtime.emitWhip({ motionId, entry: toWhipEntryView(entry, null) });
    return toWhipEntryView(entry, user);
  }

  private async store(
    manager: EntityManager,
    motionId: number,
    groupKey: string,
    request: WhipEntryRequest,
    user: AuthUser,
  ): Promise<{ entry: WhipEntryEntity; entries: WhipEntryEntity[] }> {
    // All of the motion's entries in one read: the tally after the write needs them anyway.
    const entries = await manager.find(WhipEntryEntity, { where: { motionId } });
    const existing = entries.find((e) => e.groupKey === groupKey) ?? null;
    const fields: EntryFields = {
      stance: request.stance,
      confidence: request.confidence,
      absent: request.absent ?? 0,
      split: request.split ? { ...request.split } : null,
      contact: request.contact ?? null,
      members: (request.members ?? []).map(({ memberId, vote }) => ({ memberId, vote })),
      ...noteFields(request, existing, user),
    };
    const stamp = { updatedBy: user.username, updatedAt: new Date().toISOString() };
    let entry: WhipEntryEntity;
    if (!existing) {
      if ((request.version ?? 0) !== 0) throw staleEntryError(groupKey, 0, request.version);
      entry = await manager.save(
        manager.create(WhipEntryEntity, { motionId, groupKey, ...fields, ...stamp, version: 1 }),
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
    await manager.insert(WhipHistoryEntity, {
      motionId,
      groupKey,
      ...fields,
      version: entry.version,
      changedBy: stamp.updatedBy,
      changedAt: stamp.updatedAt,
    });
    return { entry, entries: existing ? entries : [...entries, entry] };
  }
}

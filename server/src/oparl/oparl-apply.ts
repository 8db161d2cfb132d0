import { COUNCIL_BODY, type RecordedVoteView } from '@mehrheitsplaner/shared';
import { In } from 'typeorm';
import { GroupEntity } from '../council/group.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MotionEntity } from '../motions/motion.entity';
import { modifiedOf, OparlApplyBase, type ApplyOutcome } from './oparl-apply-base';
import { OparlBodiesApplier, type SourceBody } from './oparl-apply-bodies';
import { OparlConsultationsApplier } from './oparl-apply-consultations';
import { OparlCouncilApplier } from './oparl-apply-council';
import { OparlResultsApplier } from './oparl-apply-results';
import type { OparlSnapshot } from './oparl-fetcher';
import {
  isDeleted,
  mapAgendaItem,
  mapMeeting,
  mapPaper,
  objectList,
  text,
  type OparlRaw,
} from './oparl-mapping';

const KEPT_FOR_VOTES = 'in der Quelle entfernt, bleibt aber: hier ist eine Abstimmung dazu erfasst';

/**
 * Writes one OParl snapshot through the owner modules inside the import's unit of work. Every
 * owner write compares first, so applying the same snapshot twice changes nothing.
 */
export class OparlApplier extends OparlApplyBase {
  /** Votes the agenda items' results recorded: published once the import is committed. */
  recordedVotes: RecordedVoteView[] = [];
  /** Motions whose path the consultations changed: told to open screens once committed. */
  changedPaths = new Set<number>();

  async apply(snapshot: OparlSnapshot): Promise<ApplyOutcome> {
    for (const dangling of snapshot.dangling) this.outcome.skipped.push(dangling);
    const council = new OparlCouncilApplier(
      this.manager,
      this.owners,
      this.refs,
      this.progress,
      this.kinds,
      this.outcome,
    );
    await council.applyCouncil(snapshot.body);
    const deletedOrganizations = await council.applyOrganizations(snapshot.organizations);
    await council.applyMembers(snapshot);
    if (snapshot.since === null) await council.endUnimportedMembers();
    await council.deleteOrganizations(deletedOrganizations);
    const bodyKeys = await this.applyBodies(council.bodies, snapshot);
    await this.applyPapers(snapshot.papers);
    await this.applyMeetings(snapshot);
    const bodies = { council: council.councilOrganizations, keys: bodyKeys };
    this.changedPaths = await this.part(OparlConsultationsApplier).applyConsultations(
      snapshot,
      bodies,
    );
    this.recordedVotes = await this.part(OparlResultsApplier).applyResults(snapshot, bodies);
    return this.outcome;
  }

  /** A part of the write step sharing this one's transaction, refs and outcome. */
  private part<T extends OparlApplyBase>(
    Part: new (...args: ConstructorParameters<typeof OparlApplyBase>) => T,
  ): T {
    return new Part(this.manager, this.owners, this.refs, this.progress, this.kinds, this.outcome);
  }

  /**
   * Committees and district councils through the bodies module (their keys by source id), else
   * reported as missing.
   */
  private async applyBodies(
    bodies: SourceBody[],
    snapshot: OparlSnapshot,
  ): Promise<Map<string, string>> {
    if (this.owners.bodies) return this.part(OparlBodiesApplier).applyBodies(bodies, snapshot);
    for (const body of bodies) {
      this.missing('Organization', body.id, `Gremium „${body.name}“ nicht übernommen`);
    }
    return new Map();
  }

  // ---- Paper → motion --------------------------------------------------------------------

  private async applyPapers(papers: OparlRaw[]): Promise<void> {
    await this.forEachObject(
      'Paper',
      papers,
      (id) => this.deletePaper(id),
      (id, raw) => this.upsertPaper(id, raw),
    );
  }

  private async upsertPaper(id: string, raw: OparlRaw): Promise<void> {
    const paper = this.mappedOrSkip('Paper', id, mapPaper(raw));
    if (!paper) return;
    const { title, reference, type, date: submittedOn, originators } = paper;
    const localId = this.refs.localId('Paper', id);
    const linkedIds = this.refs.localIds('Paper');
    const motion =
      (localId === undefined
        ? null
        : await this.manager.findOneBy(MotionEntity, { id: localId })) ??
      (reference === null
        ? null
        : ((await this.manager.find(MotionEntity, { where: { reference } })).find(
            (m) => !linkedIds.has(m.id),
          ) ?? null));
    if (motion) {
      if (await this.owners.motions.revise(motion.id, { title, reference, type, submittedOn })) {
        this.count('updated', 'motions');
      }
      await this.refs.link('Paper', id, motion.id, modifiedOf(raw));
      return;
    }
    const created = await this.owners.motions.add(
      {
        title,
        reference,
        type,
        submittedOn,
        sponsorGroupKeys: await this.groupKeysOf(originators),
      },
      { status: 'submitted' },
    );
    this.count('created', 'motions');
    await this.refs.link('Paper', id, created.id, modifiedOf(raw));
  }

  private async groupKeysOf(organizations: string[]): Promise<string[]> {
    const ids = organizations
      .map((o) => this.refs.localId('Organization', o))
      .filter((id): id is number => id !== undefined);
    if (ids.length === 0) return [];
    return (await this.manager.findBy(GroupEntity, { id: In(ids) })).map((g) => g.key);
  }

  /** A deleted paper removes its motion, or withdraws it when the coalition worked on it. */
  private async deletePaper(id: string): Promise<void> {
    const motionId = this.refs.localId('Paper', id);
    if (motionId === undefined) return;
    if (!(await this.manager.existsBy(MotionEntity, { id: motionId }))) {
      await this.refs.unlink('Paper', id);
      return;
    }
    const outcome = await this.owners.motions.removeOrWithdraw(motionId);
    if (outcome === 'kept') return;
    if (outcome === 'removed') await this.refs.unlink('Paper', id);
    this.count('deleted', 'motions');
  }

  // ---- Meeting + AgendaItem (+ Consultation) → meeting + agenda items --------------------

  private async applyMeetings(snapshot: OparlSnapshot): Promise<void> {
    await this.forEachObject(
      'Meeting',
      snapshot.meetings,
      (id) => this.deleteMeeting(id),
      (id, raw) => this.upsertMeeting(id, raw, snapshot.consultationPaper),
    );
  }

  private async upsertMeeting(
    id: string,
    raw: OparlRaw,
    consultationPaper: Map<string, string>,
  ): Promise<void> {
    const mapped = this.mappedOrSkip('Meeting', id, mapMeeting(raw));
    if (!mapped) return;
    const fields = { ...mapped, body: COUNCIL_BODY };
    const localId = this.refs.localId('Meeting', id);
    const existing =
      localId === undefined ? null : await this.manager.findOneBy(MeetingEntity, { id: localId });
    let meetingId: number;
    if (existing) {
      meetingId = existing.id;
      if (await this.owners.meetings.reviseMeeting(meetingId, mapped)) {
        this.count('updated', 'meetings');
      }
    } else {
      meetingId = (await this.owners.meetings.addMeeting(fields)).id;
      this.count('created', 'meetings');
    }
    await this.refs.link('Meeting', id, meetingId, modifiedOf(raw));
    await this.applyAgenda(meetingId, objectList(raw.agendaItem), consultationPaper);
  }

  /** The meeting's embedded agenda is the truth: items no longer listed are removed. */
  private async applyAgenda(
    meetingId: number,
    items: OparlRaw[],
    consultationPaper: Map<string, string>,
  ): Promise<void> {
    const current = await this.manager.find(AgendaItemEntity, {
      where: { meeting: { id: meetingId } },
    });
    const keep = new Set<number>();
    for (const [position, raw] of items.entries()) {
      const id = text(raw.id);
      if (id === undefined) {
        this.skip('AgendaItem', raw, 'Tagesordnungspunkt ohne id');
        continue;
      }
      if (isDeleted(raw)) continue;
      const mapped = this.mappedOrSkip('AgendaItem', id, mapAgendaItem(raw, position));
      if (!mapped) continue;
      // The item's result becomes a vote once the path is imported (OparlResultsApplier).
      const { consultation, ...fields } = mapped;
      const paper = consultation === null ? undefined : consultationPaper.get(consultation);
      const motionId =
        (paper === undefined ? undefined : this.refs.localId('Paper', paper)) ?? null;
      const localId = this.refs.localId('AgendaItem', id);
      let itemId = current.find((i) => i.id === localId)?.id;
      if (itemId !== undefined) {
        if (await this.owners.meetings.reviseItem(meetingId, itemId, { ...fields, motionId })) {
          this.count('updated', 'agendaItems');
        }
      } else {
        itemId = (await this.owners.meetings.addItem(meetingId, { ...fields, motionId })).id;
        this.count('created', 'agendaItems');
      }
      keep.add(itemId);
      await this.refs.link('AgendaItem', id, itemId, modifiedOf(raw));
    }
    await this.removeAgendaItems(current.filter((i) => !keep.has(i.id)).map((i) => i.id));
  }

  /** Items a recorded vote names stay (the meetings owner keeps them), reported as skipped. */
  private async removeAgendaItems(ids: number[]): Promise<void> {
    const removed = new Set(await this.owners.meetings.removeItems(ids));
    for (const ref of this.refs.entries('AgendaItem', (localId) => ids.includes(localId))) {
      if (!removed.has(ref.localId)) {
        this.skip('AgendaItem', ref.externalId, KEPT_FOR_VOTES);
      }
    }
    await this.unlinkAgendaItems(removed);
  }

  private async unlinkAgendaItems(removed: Set<number>): Promise<void> {
    for (const ref of this.refs.entries('AgendaItem', (localId) => removed.has(localId))) {
      await this.refs.unlink('AgendaItem', ref.externalId);
    }
    this.outcome.deleted.agendaItems += removed.size;
  }

  private async deleteMeeting(id: string): Promise<void> {
    const meetingId = this.refs.localId('Meeting', id);
    if (meetingId === undefined) return;
    const removedItems = await this.owners.meetings.removeMeeting(meetingId);
    if (removedItems === null) {
      this.skip('Meeting', id, KEPT_FOR_VOTES);
      return;
    }
    await this.unlinkAgendaItems(new Set(removedItems));
    await this.refs.unlink('Meeting', id);
    this.count('deleted', 'meetings');
  }
}

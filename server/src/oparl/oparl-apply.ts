import { In } from 'typeorm';
import { GroupEntity } from '../council/group.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MotionEntity } from '../motions/motion.entity';
import { WhipEntryEntity } from '../whip/whip-entry.entity';
import { assignChanged, modifiedOf, OparlApplyBase, type ApplyOutcome } from './oparl-apply-base';
import { OparlCouncilApplier } from './oparl-apply-council';
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

/**
 * Writes one OParl snapshot with the transaction's EntityManager. Every write compares first,
 * so applying the same snapshot twice changes nothing.
 */
export class OparlApplier extends OparlApplyBase {
  async apply(snapshot: OparlSnapshot): Promise<ApplyOutcome> {
    for (const dangling of snapshot.dangling) this.outcome.skipped.push(dangling);
    const council = new OparlCouncilApplier(this.manager, this.refs, this.progress, this.outcome);
    await council.applyCouncil(snapshot.body);
    const deletedOrganizations = await council.applyOrganizations(snapshot.organizations);
    await council.applyMembers(snapshot);
    await council.deleteOrganizations(deletedOrganizations);
    await this.applyPapers(snapshot.papers);
    await this.applyMeetings(snapshot);
    return this.outcome;
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
      if (assignChanged(motion, { title, reference, type, submittedOn })) {
        await this.manager.save(motion);
        this.count('updated', 'motions');
      }
      await this.refs.link('Paper', id, motion.id, modifiedOf(raw));
      return;
    }
    const sponsorGroupKeys = await this.groupKeysOf(originators);
    const created = await this.manager.save(
      this.manager.create(MotionEntity, {
        title,
        description: '',
        reference,
        type,
        sponsorGroupKeys,
        policyArea: null,
        requiredMajority: 'simple',
        mayorVotes: true,
        meetingDate: null,
        submittedOn,
        status: 'submitted',
        isExample: false,
      }),
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

  /**
   * A deleted paper removes its motion, unless the coalition already counted votes for it
   * (whip entries): then the motion stays, marked withdrawn, so no planning is lost.
   */
  private async deletePaper(id: string): Promise<void> {
    const motionId = this.refs.localId('Paper', id);
    if (motionId === undefined) return;
    const motion = await this.manager.findOneBy(MotionEntity, { id: motionId });
    if (!motion) {
      await this.refs.unlink('Paper', id);
      return;
    }
    if (await this.manager.exists(WhipEntryEntity, { where: { motionId } })) {
      if (
        motion.status === 'withdrawn' ||
        motion.status === 'adopted' ||
        motion.status === 'rejected'
      )
        return;
      motion.status = 'withdrawn';
      await this.manager.save(motion);
      this.count('deleted', 'motions');
      return;
    }
    await this.manager.update(AgendaItemEntity, { motionId }, { motionId: null });
    await this.manager.delete(MotionEntity, { id: motionId });
    await this.refs.unlink('Paper', id);
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
    const fields = this.mappedOrSkip('Meeting', id, mapMeeting(raw));
    if (!fields) return;
    const localId = this.refs.localId('Meeting', id);
    let meeting =
      localId === undefined ? null : await this.manager.findOneBy(MeetingEntity, { id: localId });
    if (meeting) {
      if (assignChanged(meeting, fields)) {
        await this.manager.save(meeting);
        this.count('updated', 'meetings');
      }
    } else {
      meeting = await this.manager.save(this.manager.create(MeetingEntity, fields));
      this.count('created', 'meetings');
    }
    await this.refs.link('Meeting', id, meeting.id, modifiedOf(raw));
    await this.applyAgenda(meeting, objectList(raw.agendaItem), consultationPaper);
  }

  /** The meeting's embedded agenda is the truth: items no longer listed are removed. */
  private async applyAgenda(
    meeting: MeetingEntity,
    items: OparlRaw[],
    consultationPaper: Map<string, string>,
  ): Promise<void> {
    const current = await this.manager.find(AgendaItemEntity, {
      where: { meeting: { id: meeting.id } },
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
      const { consultation, ...fields } = mapped;
      const paper = consultation === null ? undefined : consultationPaper.get(consultation);
      const motionId =
        (paper === undefined ? undefined : this.refs.localId('Paper', paper)) ?? null;
      const localId = this.refs.localId('AgendaItem', id);
      let item = current.find((i) => i.id === localId);
      if (item) {
        if (assignChanged(item, { ...fields, motionId })) {
          await this.manager.save(item);
          this.count('updated', 'agendaItems');
        }
      } else {
        item = await this.manager.save(
          this.manager.create(AgendaItemEntity, { ...fields, motionId, meeting }),
        );
        this.count('created', 'agendaItems');
      }
      keep.add(item.id);
      await this.refs.link('AgendaItem', id, item.id, modifiedOf(raw));
    }
    await this.removeAgendaItems(current.filter((i) => !keep.has(i.id)).map((i) => i.id));
  }

  private async removeAgendaItems(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    for (const ref of this.refs.entries('AgendaItem', (localId) => gone.has(localId))) {
      await this.refs.unlink('AgendaItem', ref.externalId);
    }
    await this.manager.delete(AgendaItemEntity, { id: In(ids) });
    this.outcome.deleted.agendaItems += ids.length;
  }

  private async deleteMeeting(id: string): Promise<void> {
    const meetingId = this.refs.localId('Meeting', id);
    if (meetingId === undefined) return;
    const items = await this.manager.find(AgendaItemEntity, {
      where: { meeting: { id: meetingId } },
    });
    await this.removeAgendaItems(items.map((i) => i.id));
    await this.manager.delete(MeetingEntity, { id: meetingId });
    await this.refs.unlink('Meeting', id);
    this.count('deleted', 'meetings');
  }
}

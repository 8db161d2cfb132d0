import { COUNCIL_BODY_KEY, type ConsultationRole } from '@mehrheitsplaner/shared';
import { BodiesError } from '../bodies/bodies.errors';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MotionsError } from '../motions/motions.errors';
import type { StepUpsert } from '../motions/consultations.service';
import { OparlApplyBase } from './oparl-apply-base';
import type { OparlSnapshot } from './oparl-fetcher';
import { isDeleted, mapMeeting, objectList, text, urlList, type OparlRaw } from './oparl-mapping';

/** The roles sources write (free text, compared without case) and what they mean here. */
const ROLES: Record<string, ConsultationRole> = {
  vorberatung: 'preliminary',
  entscheidung: 'decision',
  kenntnisnahme: 'information',
};

const ROLE_NAMES: Record<ConsultationRole, string> = {
  preliminary: 'Vorberatung',
  decision: 'Entscheidung',
  information: 'Kenntnisnahme',
};

/** Which local body a consultation's organisations stand for. */
export type BodyLookup = { council: Set<string>; keys: Map<string, string> };

/**
 * Paper.consultation → the motion's path (Beratungsfolge) through the motions module's owner
 * method, which is idempotent for (motion, body, date): a second import adds no step. A
 * consultation in an organisation that is no known body stays in the report as missing.
 */
export class OparlConsultationsApplier extends OparlApplyBase {
  /** Returns the motions whose path changed (their open screens are told after the commit). */
  async applyConsultations(snapshot: OparlSnapshot, bodies: BodyLookup): Promise<Set<number>> {
    const changed = new Set<number>();
    const dates = new Map<string, string>();
    for (const meeting of snapshot.meetings) {
      const id = text(meeting.id);
      const mapped = mapMeeting(meeting);
      if (id !== undefined && mapped.ok) dates.set(id, mapped.value.date);
    }
    for (const paper of snapshot.papers) {
      const paperId = text(paper.id);
      const motionId = paperId === undefined ? undefined : this.refs.localId('Paper', paperId);
      if (isDeleted(paper) || motionId === undefined) continue;
      for (const raw of objectList(paper.consultation)) {
        const id = text(raw.id);
        if (id === undefined) this.skip('Consultation', raw, 'Beratung ohne id');
        else if (isDeleted(raw)) continue;
        else if ((await this.applyConsultation(motionId, id, raw, bodies, dates)) !== 'unchanged') {
          changed.add(motionId);
        }
      }
    }
    return changed;
  }

  private async applyConsultation(
    motionId: number,
    id: string,
    raw: OparlRaw,
    bodies: BodyLookup,
    dates: Map<string, string>,
  ): Promise<StepUpsert> {
    const bodyKey = urlList(raw.organization)
      .map((org) => (bodies.council.has(org) ? COUNCIL_BODY_KEY : bodies.keys.get(org)))
      .find((key) => key !== undefined);
    const owner = this.owners.consultations;
    if (bodyKey === undefined || !owner) {
      const stated = text(raw.role) ?? 'Beratung';
      this.missing(
        'Consultation',
        id,
        `${stated} in unbekanntem Gremium: nicht als Schritt übernommen`,
      );
      return 'unchanged';
    }
    const role = this.roleOf(id, raw, bodyKey);
    try {
      return await owner.upsertStep(motionId, {
        bodyKey,
        date: await this.dateOf(raw, dates),
        role,
      });
    } catch (error) {
      if (!(error instanceof MotionsError || error instanceof BodiesError)) throw error;
      this.skip('Consultation', id, error.message);
      return 'unchanged';
    }
  }

  /** Unknown roles: a decision where the source marks it final or it is the Rat's, else preliminary. */
  private roleOf(id: string, raw: OparlRaw, bodyKey: string): ConsultationRole {
    const stated = text(raw.role);
    const known = stated === undefined ? undefined : ROLES[stated.trim().toLowerCase()];
    if (known !== undefined) return known;
    const role: ConsultationRole =
      raw.authoritative === true || bodyKey === COUNCIL_BODY_KEY ? 'decision' : 'preliminary';
    const said = stated === undefined ? 'ohne Rolle' : `Rolle „${stated}“`;
    this.guess('Consultation', id, `${said}: als ${ROLE_NAMES[role]} übernommen`);
    return role;
  }

  /** The meeting's day from this snapshot, else from the meeting an earlier import stored. */
  private async dateOf(raw: OparlRaw, dates: Map<string, string>): Promise<string | null> {
    const meeting = text(raw.meeting);
    if (meeting === undefined) return null;
    const date = dates.get(meeting);
    if (date !== undefined) return date;
    const localId = this.refs.localId('Meeting', meeting);
    if (localId === undefined) return null;
    return (await this.manager.findOneBy(MeetingEntity, { id: localId }))?.date ?? null;
  }
}

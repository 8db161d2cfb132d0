import { COUNCIL_BODY_KEY, type RecordedVoteView } from '@mehrheitsplaner/shared';
import { ConsultationEntity } from '../motions/consultation.entity';
import { OparlApplyBase } from './oparl-apply-base';
import type { BodyLookup } from './oparl-apply-consultations';
import type { OparlSnapshot } from './oparl-fetcher';
import { isDeleted, mapMeeting, objectList, text, urlList, type OparlRaw } from './oparl-mapping';
import { readResult } from './oparl-results';

/** Where one agenda item's result belongs: the meeting (local id, day) and its organisations. */
type ItemPlace = { meetingId: number; date: string; organizations: string[] };

type ItemResult = {
  itemId: string;
  result: string;
  item: OparlRaw;
  place: ItemPlace;
  order: string;
};

/**
 * AgendaItem.result → a vote without counts (source `resultOnly`) in the step of the motion's
 * path the item deliberated: the consultation's (else the meeting's) body, the meeting's day.
 * Runs after the path is imported. The same result again changes nothing; a changed one
 * replaces the import's own vote; a vote recorded in the app with counts always stays.
 */
export class OparlResultsApplier extends OparlApplyBase {
  private readonly recorded: RecordedVoteView[] = [];

  /**
   * The votes written, for publishing once the import's transaction is committed. Results go in
   * the order of their meetings' days, a committee's before the Rat's of the same day: a motion
   * the Rat decided takes no committee result after it.
   */
  async applyResults(snapshot: OparlSnapshot, bodies: BodyLookup): Promise<RecordedVoteView[]> {
    const consultations = new Map<string, OparlRaw>();
    for (const paper of snapshot.papers) {
      for (const raw of objectList(paper.consultation)) {
        const id = text(raw.id);
        if (id !== undefined) consultations.set(id, raw);
      }
    }
    const known = { snapshot, consultations, bodies };
    for (const { itemId, result, item, place } of this.resultsOf(snapshot, bodies)) {
      await this.applyResult(itemId, result, item, place, known);
    }
    return this.recorded;
  }

  private resultsOf(snapshot: OparlSnapshot, bodies: BodyLookup): ItemResult[] {
    const results: ItemResult[] = [];
    for (const meeting of snapshot.meetings) {
      const id = text(meeting.id);
      const mapped = mapMeeting(meeting);
      const meetingId = id === undefined ? undefined : this.refs.localId('Meeting', id);
      if (isDeleted(meeting) || meetingId === undefined || !mapped.ok) continue;
      const organizations = urlList(meeting.organization);
      const place = { meetingId, date: mapped.value.date, organizations };
      const ratLast = organizations.some((org) => bodies.council.has(org)) ? 1 : 0;
      for (const item of objectList(meeting.agendaItem)) {
        const itemId = text(item.id);
        const result = text(item.result);
        if (itemId === undefined || result === undefined || isDeleted(item)) continue;
        results.push({ itemId, result, item, place, order: `${place.date}:${ratLast}` });
      }
    }
    // Array.prototype.sort is stable: the source's order stays within one day and body.
    return results.sort((a, b) => a.order.localeCompare(b.order));
  }

  private async applyResult(
    itemId: string,
    result: string,
    item: OparlRaw,
    place: ItemPlace,
    known: { snapshot: OparlSnapshot; consultations: Map<string, OparlRaw>; bodies: BodyLookup },
  ): Promise<void> {
    const read = readResult(result, this.kinds.results);
    const said = `Ergebnis „${result}“`;
    if (read.kind === 'unknown') {
      this.missing('AgendaItem', itemId, `${said} unbekannt: nicht erfasst`);
      return;
    }
    if (read.kind === 'noVote') {
      this.outcome.ignored += 1; // postponed, referred, noted: no vote to record
      return;
    }
    if (read.kind === 'withdrawn') {
      this.missing('AgendaItem', itemId, `${said}: keine Abstimmung; den Status setzt der Antrag`);
      return;
    }
    const consultation = text(item.consultation);
    const paper =
      consultation === undefined ? undefined : known.snapshot.consultationPaper.get(consultation);
    const motionId = paper === undefined ? undefined : this.refs.localId('Paper', paper);
    if (motionId === undefined) {
      this.missing('AgendaItem', itemId, `${said} ohne Antrag (Beratung): nicht erfasst`);
      return;
    }
    const stated = consultation === undefined ? undefined : known.consultations.get(consultation);
    const bodyKey = this.bodyKeyOf(
      [...urlList(stated?.organization), ...place.organizations],
      known.bodies,
    );
    const step =
      bodyKey === undefined ? undefined : await this.stepOf(motionId, bodyKey, place.date);
    const votes = this.owners.votes;
    if (step === undefined || !votes) {
      this.missing('AgendaItem', itemId, `${said}: kein Beratungsschritt dazu, nicht erfasst`);
      return;
    }
    const upsert = await votes.upsertImported({
      consultationId: step.id,
      date: place.date,
      meetingId: place.meetingId,
      agendaItemId: this.refs.localId('AgendaItem', itemId) ?? null,
      adopted: read.kind === 'adopted',
      unanimous: read.unanimous,
      resultText: result,
    });
    if (upsert.outcome === 'conflict') {
      this.skip('AgendaItem', itemId, `${said} nicht übernommen: ${upsert.reason}`);
    } else if (upsert.outcome !== 'unchanged') {
      this.recorded.push(upsert.vote);
    }
  }

  /** The first of the organisations that is a known body: the Rat or a committee. */
  private bodyKeyOf(organizations: string[], bodies: BodyLookup): string | undefined {
    return organizations
      .map((org) => (bodies.council.has(org) ? COUNCIL_BODY_KEY : bodies.keys.get(org)))
      .find((key) => key !== undefined);
  }

  /** The motion's step in that body: of the meeting's day, else undated, else the only one. */
  private async stepOf(
    motionId: number,
    bodyKey: string,
    date: string,
  ): Promise<ConsultationEntity | undefined> {
    const steps = await this.manager.find(ConsultationEntity, {
      where: { motionId, bodyKey },
      order: { position: 'ASC', id: 'ASC' },
    });
    return (
      steps.find((s) => s.date === date) ??
      steps.find((s) => s.date === null) ??
      (steps.length === 1 ? steps[0] : undefined)
    );
  }
}

import type { OparlImportPhase } from '@mehrheitsplaner/shared';
import { OparlClient } from './oparl-client';
import { OparlError } from './oparl.errors';
import {
  isDeleted,
  objectList,
  text,
  typeName,
  urlList,
  withModifiedSince,
  type OparlRaw,
} from './oparl-mapping';

/** Everything one import reads from the source, fetched before anything is written. */
export type OparlSnapshot = {
  system: string;
  /** The `modified_since` the lists were read with (null: everything). */
  since: string | null;
  body: OparlRaw;
  organizations: OparlRaw[];
  persons: OparlRaw[];
  /** From the membership list and embedded in persons (then with `person` filled in). */
  memberships: OparlRaw[];
  papers: OparlRaw[];
  meetings: OparlRaw[];
  /** Consultation id → Paper id, from the papers' embedded consultations and look-ups. */
  consultationPaper: Map<string, string>;
  /** References that point nowhere (HTTP 404/410): reported, not fatal. */
  dangling: Array<{ type: string; id: string; reason: string }>;
};

export type ProgressFn = (phase: OparlImportPhase, processed: number) => void;

/** Already imported earlier (an external ref exists), so a missing object needs no look-up. */
export type KnownFn = (type: 'Organization' | 'Person' | 'Paper', id: string) => boolean;

/** Decided once the system is known: the `modified_since` to use and what is imported already. */
export type FetchPlan = { since: string | null; known: KnownFn };

function byId(objects: OparlRaw[]): Map<string, OparlRaw> {
  const map = new Map<string, OparlRaw>();
  for (const object of objects) {
    const id = text(object.id);
    if (id !== undefined) map.set(id, object);
  }
  return map;
}

/** Walks System → Body → lists (paged, filtered by `modified_since`) and resolves references. */
export class OparlFetcher {
  constructor(
    private readonly client: OparlClient,
    private readonly progress: ProgressFn,
  ) {}

  async fetchSnapshot(
    url: string,
    planFor: (system: string) => Promise<FetchPlan>,
  ): Promise<OparlSnapshot> {
    this.progress('fetch:body', 0);
    const body = await this.bodyOf(url);
    this.progress('fetch:body', 1);
    const bodyId = text(body.id) ?? url;
    const system = text(body.system) ?? bodyId;
    const { since, known } = await planFor(system);
    const list = async (field: string, phase: OparlImportPhase): Promise<OparlRaw[]> => {
      const listUrl = text(body[field]);
      if (listUrl === undefined) return [];
      return this.client.getList(withModifiedSince(listUrl, since), (n) => this.progress(phase, n));
    };
    const organizations = await list('organization', 'fetch:organizations');
    const persons = await list('person', 'fetch:persons');
    const listed = await list('membership', 'fetch:memberships');
    const papers = await list('paper', 'fetch:papers');
    const meetings = await list('meeting', 'fetch:meetings');

    const snapshot: OparlSnapshot = {
      system,
      since,
      body,
      organizations,
      persons,
      memberships: this.membershipsOf(listed, persons),
      papers,
      meetings,
      consultationPaper: new Map(),
      dangling: [],
    };
    for (const paper of papers) {
      for (const consultation of objectList(paper.consultation)) {
        const id = text(consultation.id);
        const paperId = text(consultation.paper) ?? text(paper.id);
        if (id !== undefined && paperId !== undefined) snapshot.consultationPaper.set(id, paperId);
      }
    }
    await this.resolveReferences(snapshot, known);
    return snapshot;
  }

  /** The Body behind a System URL (exactly one body) or a Body URL. */
  private async bodyOf(url: string): Promise<OparlRaw> {
    const entry = await this.client.getObject(url);
    const type = typeName(entry);
    if (type === 'Body') return entry;
    if (type !== 'System') {
      throw new OparlError(
        'OPARL_INVALID_RESPONSE',
        `Weder OParl-System noch Körperschaft (Body) unter ${url}`,
      );
    }
    const bodyList = text(entry.body);
    if (bodyList === undefined) {
      throw new OparlError(
        'OPARL_INVALID_RESPONSE',
        `Das OParl-System ${url} nennt keine Körperschaften`,
      );
    }
    const bodies = (await this.client.getList(bodyList)).filter((body) => !isDeleted(body));
    if (bodies.length !== 1) {
      const ids = bodies.map((body) => text(body.id)).join(', ');
      throw new OparlError(
        'OPARL_INVALID_RESPONSE',
        bodies.length === 0
          ? `Das OParl-System ${url} hat keine Körperschaft`
          : `Das OParl-System hat ${bodies.length} Körperschaften, bitte eine Body-URL angeben: ${ids}`,
      );
    }
    return bodies[0];
  }

  /** The membership list plus memberships embedded in persons (the list wins on equal ids). */
  private membershipsOf(listed: OparlRaw[], persons: OparlRaw[]): OparlRaw[] {
    const result = new Map<string, OparlRaw>();
    for (const person of persons) {
      for (const raw of objectList(person.membership)) {
        const membership = { person: person.id, ...raw };
        result.set(text(raw.id) ?? `${text(person.id)}#${result.size}`, membership);
      }
    }
    for (const raw of listed) result.set(text(raw.id) ?? `#${result.size}`, raw);
    return [...result.values()];
  }

  /**
   * Objects the lists did not contain (not modified since the last import, or not listed) but
   * that memberships, consultations and agenda items point to: looked up one by one unless already imported.
   */
  private async resolveReferences(snapshot: OparlSnapshot, known: KnownFn): Promise<void> {
    const organizations = byId(snapshot.organizations);
    const persons = byId(snapshot.persons);
    let processed = 0;
    const lookUp = async (type: string, id: string): Promise<OparlRaw | null> => {
      this.progress('fetch:references', ++processed);
      try {
        return await this.client.getObject(id);
      } catch (error) {
        if (error instanceof OparlError && /HTTP (404|410)/.test(error.message)) {
          snapshot.dangling.push({ type, id, reason: 'Verweis ins Leere (HTTP 404/410)' });
          return null;
        }
        throw error;
      }
    };
    const lookUpOrganization = async (organization: string | undefined): Promise<void> => {
      if (!organization || organizations.has(organization) || known('Organization', organization)) {
        return;
      }
      const found = await lookUp('Organization', organization);
      if (found) snapshot.organizations.push(found);
      // A dangling one is looked up and reported once.
      organizations.set(organization, found ?? {});
    };
    for (const raw of snapshot.memberships) {
      await lookUpOrganization(text(raw.organization));
      const person = text(raw.person);
      if (person && !persons.has(person) && !known('Person', person)) {
        const found = await lookUp('Person', person);
        if (found) persons.set(person, found);
        if (found) snapshot.persons.push(found);
      }
    }
    // A changed paper's consultations may name committees a filtered import left out (a full one
    // lists every organisation: one it lacks is reported with the consultation).
    for (const paper of snapshot.since === null ? [] : snapshot.papers) {
      for (const consultation of objectList(paper.consultation)) {
        for (const organization of urlList(consultation.organization)) {
          await lookUpOrganization(organization);
        }
      }
    }
    for (const meeting of snapshot.meetings) {
      for (const item of objectList(meeting.agendaItem)) {
        const consultation = text(item.consultation);
        if (consultation === undefined || snapshot.consultationPaper.has(consultation)) continue;
        const found = await lookUp('Consultation', consultation);
        const paper = found ? text(found.paper) : undefined;
        if (paper !== undefined) snapshot.consultationPaper.set(consultation, paper);
      }
    }
  }
}

import type {
  ConsultationView,
  MotionView,
  OparlImportResult,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { addUmweltConsultationToPaper6, buildHardenedData } from '../support/oparl/hardened-data';
import { inParallel, serverErrors, succeeded } from './support/parallel';
import { bearer, startTestApp, type TestApp } from './support/test-app';

const UMWELT = 'A-AUSSCHUSSFUERUMWELT';
const HFA = 'A-HAUPTUNDFINANZAUSSCHUSS';

/**
 * The OParl import writes a motion's path while a manager edits that motion's whip count and an
 * admin adds a step to it (issue 13): every 2xx is kept, no step twice, no 500.
 */
describe('OParl import beside whip edits and a new step of the same motion', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let admin: string;
  let manager: string;
  let motion: MotionView;

  beforeAll(async () => {
    fixture = await startOparlFixture({ build: buildHardenedData });
    t = await startTestApp();
    admin = await t.adminToken();
    await t.app.get(OparlImportService).import(fixture.systemUrl);
    manager = (await t.createUser('manager', 'SPD')).token;
    const motions = (
      await t
        .http()
        .get('/api/motions')
        .set(...bearer(admin))
        .expect(200)
    ).body as MotionView[];
    const found = motions.find((m) => m.reference === 'A 2026/0004');
    if (!found) throw new Error('no motion A 2026/0004');
    motion = found;
  });
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  it('should keep every 2xx and add each body once', async () => {
    // The source now deliberates the paper in the Umwelt committee first: the import adds that step.
    addUmweltConsultationToPaper6(fixture);
    // The requests go out once the import starts writing (its one unit of work).
    let applying = () => undefined as void;
    const writing = new Promise<void>((resolve) => (applying = resolve));
    const importing = t.app
      .get(OparlImportService)
      .import(fixture.systemUrl, {
        full: true,
        onProgress: (phase) => phase === 'apply' && applying(),
      })
      .then((result): OparlImportResult | Error => result)
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    await writing;
    const line = (stance: string) => ({ stance, confidence: 'likely' });
    const outcomes = await inParallel([
      [
        'whip SPD',
        t
          .http()
          .put(`/api/motions/${motion.id}/whip/SPD`)
          .set(...bearer(manager))
          .send(line('yes')),
      ],
      [
        'step HFA',
        t
          .http()
          .post(`/api/motions/${motion.id}/consultations`)
          .set(...bearer(admin))
          .send({ bodyKey: HFA, role: 'preliminary' }),
      ],
      [
        'whip CDU',
        t
          .http()
          .put(`/api/motions/${motion.id}/whip/CDU`)
          .set(...bearer(admin))
          .send(line('no')),
      ],
    ]);
    const imported = await importing;
    expect(imported).not.toBeInstanceOf(Error);
    expect(serverErrors(outcomes)).toEqual([]);
    // A lost race may be a conflict (409), never anything else; what succeeded must be kept.
    for (const outcome of outcomes) expect([200, 201, 409]).toContain(outcome.status);
    const kept = (label: string) => succeeded(outcomes, label).length === 1;
    expect(['whip SPD', 'step HFA', 'whip CDU'].some(kept)).toBe(true);

    const steps = (
      await t
        .http()
        .get(`/api/motions/${motion.id}/consultations`)
        .set(...bearer(admin))
        .expect(200)
    ).body as ConsultationView[];
    const bodies = steps.map((s) => s.bodyKey);
    const expected = kept('step') ? [HFA, 'RAT', UMWELT] : ['RAT', UMWELT];
    expect([...bodies].sort()).toEqual(expected.sort());
    expect(bodies.at(-1)).toBe('RAT');
    expect(steps.map((s) => s.position)).toEqual(expected.map((_, i) => i + 1));
    if (kept('step')) {
      const added = succeeded(outcomes, 'step')[0].body as ConsultationView;
      expect(steps.find((s) => s.id === added.id)?.bodyKey).toBe(HFA);
    }

    const whip = (
      await t
        .http()
        .get(`/api/motions/${motion.id}/whip`)
        .set(...bearer(admin))
        .expect(200)
    ).body as WhipEntryView[];
    expect(
      whip
        .filter((e) => e.groupKey === 'SPD' || e.groupKey === 'CDU')
        .map((e) => [e.groupKey, e.stance])
        .sort(),
    ).toEqual([
      ...(kept('whip CDU') ? [['CDU', 'no']] : []),
      ...(kept('whip SPD') ? [['SPD', 'yes']] : []),
    ]);

    // A second import of the same source adds no step.
    await t.app.get(OparlImportService).import(fixture.systemUrl, { full: true });
    const again = (
      await t
        .http()
        .get(`/api/motions/${motion.id}/consultations`)
        .set(...bearer(admin))
        .expect(200)
    ).body as ConsultationView[];
    expect(again.map((s) => s.id)).toEqual(steps.map((s) => s.id));
  });
});

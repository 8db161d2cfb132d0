import type {
  BodyMemberView,
  FileImportResult,
  MemberView,
  MembershipView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import ExcelJS from 'exceljs';
import { createMotion } from './support/motions';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';
import { councilMembers, seatsOf } from './support/votes';

const ROUTE = '/api/admin/imports/file';

/** A members file with errors in rows 3 (unknown group), 4 (no date) and 5 (ends before start). */
const BROKEN = [
  'Name;Fraktion;Gremium;von;bis;Rolle',
  'Anna Amsel;SPD;Rat;01.11.2025;;Mitglied',
  'Bert Buche;XYZ;Rat;01.11.2025;;',
  'Cem Cedern;CDU;;;;',
  'Doro Dohle;Die Linke;Rat;01.11.2025;31.10.2025;',
].join('\r\n');

/** The same file corrected, with a BOM, commas and a quoted name with a comma. */
const GOOD = [
  '\uFEFFName,Fraktion,Gremium,von,bis',
  'Anna Amsel,SPD,Rat,01.11.2025,',
  'Bert Buche,Bündnis 90/Die Grünen,Rat,2025-11-01,',
  '"Cedern, Cem",CDU,,01.11.2025,',
  'Doro Dohle,Die Linke,Rat,01.11.2025,31.03.2026',
].join('\n');

describe('File import (CSV and XLSX) through the owner modules', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const upload = (
    content: Buffer | string,
    name: string,
    fields: Record<string, string>,
    token = admin,
  ) => {
    let request = t
      .http()
      .post(ROUTE)
      .set(...bearer(token))
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };
  const imported = async (content: Buffer | string, name: string, fields: Record<string, string>) =>
    (await upload(content, name, fields).expect(200)).body as FileImportResult;
  const named = async (name: string): Promise<MemberView[]> =>
    (await councilMembers(t, admin)).filter((m) => m.name === name);
  const historyOf = async (id: number) =>
    (
      await t
        .http()
        .get(`/api/council/members/${id}/memberships`)
        .set(...bearer(admin))
        .expect(200)
    ).body as MembershipView[];

  it('should write nothing and name row and column of each error when some rows are wrong', async () => {
    const before = (await councilMembers(t, admin)).length;
    const result = await imported(BROKEN, 'mitglieder.csv', { kind: 'members', dryRun: 'false' });
    expect(result.applied).toBe(false);
    expect(result.rows).toBe(4);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'Fraktion',
        message: 'Zeile 3, Spalte „Fraktion“: unbekannte Fraktion „XYZ“',
      },
      {
        row: 4,
        column: 'von',
        message: 'Zeile 4, Spalte „von“: „“ ist kein Datum (TT.MM.JJJJ)',
      },
      { row: 5, column: 'bis', message: 'Zeile 5, Spalte „bis“: endet vor dem Beginn (von)' },
    ]);
    expect((await councilMembers(t, admin)).length).toBe(before);
  });

  it('should preview the corrected file without writing, then apply it in one go', async () => {
    const before = (await councilMembers(t, admin)).length;
    const preview = await imported(GOOD, 'mitglieder.csv', { kind: 'members' });
    expect(preview).toMatchObject({ dryRun: true, applied: false, errors: [] });
    expect(preview.changes.filter((c) => c.subject === 'member')).toHaveLength(4);
    expect(preview.changes).toContainEqual({
      row: 5,
      action: 'add',
      subject: 'membership',
      text: 'Doro Dohle: LINKE ab 01.11.2025 bis 31.03.2026',
    });
    expect((await councilMembers(t, admin)).length).toBe(before);

    const applied = await imported(GOOD, 'mitglieder.csv', { kind: 'members', dryRun: 'false' });
    expect(applied).toMatchObject({ applied: true, errors: [] });
    expect(applied.changes).toEqual(preview.changes);
    expect((await named('Cedern, Cem'))[0]?.groupKey).toBe('CDU');
    expect((await named('Bert Buche'))[0]?.groupKey).toBe('GRUENE');
    const [doro] = await named('Doro Dohle');
    expect(doro.groupKey).toBeNull();
    expect((await historyOf(doro.id)).map((m) => [m.groupKey, m.from, m.to])).toEqual([
      ['LINKE', '2025-11-01', '2026-03-31'],
    ]);
  });

  it('should read an XLSX file and switch a member to another group from a date', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mitglieder');
    sheet.addRow(['Name', 'Fraktion', 'Gremium', 'von', 'bis']);
    sheet.addRow(['Anna Amsel', 'Bündnis 90/Die Grünen', 'Rat', new Date('2026-04-01'), null]);
    sheet.addRow(['Emil Eibe', 'FDP', 'Rat', '01.11.2025', null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await imported(content, 'mitglieder.xlsx', { kind: 'members', dryRun: 'false' });
    expect(result.errors).toEqual([]);
    expect(result.changes.map((c) => [c.row, c.action, c.text])).toEqual([
      [2, 'end', 'Anna Amsel: SPD bis 31.03.2026'],
      [2, 'add', 'Anna Amsel: GRUENE ab 01.04.2026'],
      [3, 'add', 'Emil Eibe: neues Mitglied'],
      [3, 'add', 'Emil Eibe: FDP ab 01.11.2025'],
    ]);
    const [anna] = await named('Anna Amsel');
    expect(anna.groupKey).toBe('GRUENE');
    expect((await historyOf(anna.id)).map((m) => [m.groupKey, m.to])).toEqual([
      ['SPD', '2026-03-31'],
      ['GRUENE', null],
    ]);
  });

  it('should record results per group as a vote, once, however often the file comes', async () => {
    const motion = await createMotion(t, admin, {
      title: 'Bänke im Park',
      reference: 'A 2026/0042',
    });
    const seats = seatsOf((await councilMembers(t, admin)).filter((m) => m.isMayor || m.groupKey));
    const day = todayIso().split('-').reverse().join('.');
    const lines = Object.entries(seats).map(([key, n]) => {
      const group = key === 'MAYOR' ? 'OB' : key;
      const yes = ['SPD', 'GRUENE', 'MAYOR'].includes(key) ? n : 0;
      return `A 2026/0042;${day};Rat;${group};${yes};${n - yes};0;0`;
    });
    const file = ['Drucksache;Datum;Gremium;Fraktion;ja;nein;Enthaltung;abwesend', ...lines].join(
      '\n',
    );
    const first = await imported(file, 'ergebnisse.csv', { kind: 'results', dryRun: 'false' });
    expect(first.errors).toEqual([]);
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]).toMatchObject({ row: 2, action: 'add', subject: 'vote' });
    const again = await imported(file, 'ergebnisse.csv', { kind: 'results', dryRun: 'false' });
    expect(again.changes).toEqual([
      { row: 2, action: 'unchanged', subject: 'vote', text: `A 2026/0042 am ${day}` },
    ]);
    const votes = await t
      .http()
      .get(`/api/motions/${motion.id}/votes`)
      .set(...bearer(admin))
      .expect(200);
    const recorded = votes.body as RecordedVoteView[];
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ source: 'groupCounts', date: todayIso() });
  });

  it('should report results that do not match the seats as an error and write nothing', async () => {
    await createMotion(t, admin, { title: 'Falsch gezählt', reference: 'A 2026/0043' });
    const file =
      'Drucksache;Datum;Fraktion;ja;nein;Enthaltung\nA 2026/0043;01.02.2026;SPD;1;0;0\nA 9;x;SPD;-1;0;0';
    const result = await imported(file, 'ergebnisse.csv', { kind: 'results' });
    expect(result.errors.map((e) => e.message)).toEqual([
      'Zeile 3, Spalte „Drucksache“: keine Drucksache „A 9“ gefunden',
      'Zeile 3, Spalte „Datum“: „x“ ist kein Datum (TT.MM.JJJJ)',
      'Zeile 3, Spalte „ja“: keine ganze Zahl von 0 bis 1000',
    ]);
    const counted = await imported(file.split('\n').slice(0, 2).join('\n'), 'e.csv', {
      kind: 'results',
    });
    expect(counted.errors).toHaveLength(1);
    expect(counted.errors[0].message).toMatch(/^Zeile 2: A 2026\/0043 am 01\.02\.2026: .*Sitze/);
  });

  it('should seat people in a committee with their roles through the bodies module', async () => {
    await t
      .http()
      .post('/api/bodies')
      .set(...bearer(admin))
      .send({ key: 'A-UMW', name: 'Ausschuss für Umwelt', kind: 'committee' })
      .expect(201);
    const seatsFile = [
      'Name;Fraktion;Gremium;von;bis;Rolle',
      'Anna Amsel;Bündnis 90/Die Grünen;Ausschuss für Umwelt;01.04.2026;;Vorsitz',
      'Sabine Sachkundig;SPD;A-UMW;01.04.2026;;',
      'Cedern, Cem;CDU;A-UMW;01.04.2026;;Chef',
    ].join('\n');
    const refused = await imported(seatsFile, 'umwelt.csv', { kind: 'members', dryRun: 'false' });
    expect(refused.errors.map((e) => e.message)).toEqual([
      'Zeile 4, Spalte „Rolle“: unbekannte Rolle „Chef“ (Mitglied, Vorsitz, Stellvertretung)',
    ]);
    const seated = await imported(seatsFile.replace('Chef', 'Mitglied'), 'umwelt.csv', {
      kind: 'members',
      dryRun: 'false',
    });
    expect(seated).toMatchObject({ applied: true, errors: [] });
    const members = (
      await t
        .http()
        .get('/api/bodies/A-UMW/members')
        .set(...bearer(admin))
        .expect(200)
    ).body as BodyMemberView[];
    expect(members.map((m) => [m.name, m.groupKey, m.role]).sort()).toEqual([
      ['Anna Amsel', 'GRUENE', 'chair'],
      ['Cedern, Cem', 'CDU', 'member'],
      ['Sabine Sachkundig', 'SPD', 'member'],
    ]);
    // Sabine is a person of the committee, not of the Rat.
    expect((await named('Sabine Sachkundig'))[0]?.groupKey).toBeNull();
  });

  it('should refuse other file types (415), too large files (413), bad kinds (400) and managers (403)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    const refused = await upload(png, 'bild.csv', { kind: 'members' }).expect(415);
    expect(refused.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await upload('Name;Fraktion', 'liste.pdf', { kind: 'members' }).expect(415);
    const large = await upload('a'.repeat(2 * 1024 * 1024 + 10), 'gross.csv', {
      kind: 'members',
    }).expect(413);
    expect(large.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect((large.body as { message: string }).message).toContain('größer als 2 MB');
    await upload(GOOD, 'm.csv', { kind: 'personen' }).expect(400);
    await upload(GOOD, 'm.csv', { kind: 'members', extra: '1' }).expect(400);
    const { token: manager } = await t.createUser('manager', 'SPD');
    await upload(GOOD, 'm.csv', { kind: 'members' }, manager).expect(403);
  });

  it('should stay consistent when an apply meets a council edit and a second apply of the file', async () => {
    const file = 'Name;Fraktion;von\nGina Gans;Volt;01.11.2025\nHugo Hahn;BSW;01.11.2025';
    const apply = () => upload(file, 'neu.csv', { kind: 'members', dryRun: 'false' });
    const [a, b, edit] = await Promise.all([
      apply(),
      apply(),
      t
        .http()
        .post('/api/council/members')
        .set(...bearer(admin))
        .send({ name: 'Ida Igel', groupKey: 'VOLT', from: '2025-11-01' }),
    ]);
    for (const response of [a, b, edit]) expect(response.status).toBeLessThan(500);
    const [first, second] = [a.body as FileImportResult, b.body as FileImportResult];
    expect(first.applied && second.applied).toBe(true);
    for (const name of ['Gina Gans', 'Hugo Hahn']) {
      const [member, ...duplicates] = await named(name);
      expect(duplicates).toEqual([]);
      expect(await historyOf(member.id)).toHaveLength(1);
    }
    const changed = [a.body as FileImportResult, b.body as FileImportResult].map(
      (r) => r.changes.filter((c) => c.action === 'add').length,
    );
    expect(changed.sort()).toEqual([0, 4]);
  });
});

import { loadSeedAgreement } from './agreement-seed';

describe('the seeded coalition agreement', () => {
  const { chapters } = loadSeedAgreement();

  it('should have the 22 chapters of its table of contents', () => {
    expect(chapters).toHaveLength(22);
    expect(chapters[0].title).toBe('Gemeinsam für Bochum: Herausforderungen annehmen');
    expect(chapters.map((c) => c.key)).toContain('mobilitaet');
    expect(chapters.at(-1)?.title).toBe('Organisatorisches');
  });

  it('should have 163 pledges, counted per chapter', () => {
    const counts = Object.fromEntries(chapters.map((c) => [c.key, c.pledges.length]));
    expect(counts).toEqual({
      'gemeinsam-fuer-bochum-herausforderungen-annehmen': 0,
      'gemeinsam-fuer-bochum-zusammenhalt-staerken-zukunft-gestalten': 21,
      'gemeinsam-fuer-bochum-politische-angebote': 0,
      'demokratie-zusammenhalt': 7,
      'familien-kinder-jugendliche': 13,
      'bildung-wissenschaft': 10,
      'wohnen-quartiere': 10,
      arbeit: 8,
      'sicherheit-ordnung': 8,
      wirtschaft: 9,
      'leben-im-alter': 7,
      mobilitaet: 13,
      'klima-umwelt-natur-energie': 8,
      'strukturentwicklung-planung': 5,
      gesundheit: 7,
      integration: 7,
      kultur: 8,
      sport: 8,
      digitalisierung: 5,
      'staedtischer-haushalt': 0,
      bezirke: 9,
      organisatorisches: 0,
    });
    expect(chapters.reduce((sum, c) => sum + c.pledges.length, 0)).toBe(163);
  });

  it('should join pledges cut by a page break and keep sub-headings out of the chapters', () => {
    const wohnen = chapters.find((c) => c.key === 'wohnen-quartiere');
    expect(wohnen?.pledges[2].text).toMatch(/Sie sind gleichzeitig ein wichtiges Element/);
    const arbeit = chapters.find((c) => c.key === 'arbeit');
    expect(arbeit?.pledges[0].text).toMatch(/^Die Bochumer Beschäftigungsgesellschaft/);
    expect(chapters.map((c) => c.title)).not.toContain('Darauf setzen wir:');
    expect(chapters.map((c) => c.title)).not.toContain('Stadtbezirke');
  });
});

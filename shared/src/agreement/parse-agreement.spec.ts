import { chapterKey, parseAgreement } from './parse-agreement';

const DOC = [
  '# Titel',
  '',
  'Einleitung\t3',
  'Mobilität\t4',
  'Städtischer Haushalt\t5',
  '',
  '# Einleitung',
  '',
  '- Wir stehen zusammen.',
  '- 2. Wir halten Wort.',
  '',
  '#### **Mobilität**',
  '',
  'Prosa, kein Vorhaben.',
  '',
  '#### Darauf setzen wir:',
  '',
  ' Ein Vorhaben ohne Aufzählungszeichen.',
  '- Ein Vorhaben, das ein Seitenumbruch',
  '',
  '- teilt, wird zusammengefügt.',
  '- Noch ein Radweg für Bürger\\*innen und',
  '',
  'Fußgänger.',
  '',
  '**Städtischer Haushalt**',
  '',
  'Nur Prosa.',
].join('\n');

describe('parseAgreement', () => {
  const { chapters } = parseAgreement(DOC);

  it('should take chapters from the table of contents, whatever the heading style', () => {
    expect(chapters.map((c) => [c.key, c.title])).toEqual([
      ['einleitung', 'Einleitung'],
      ['mobilitaet', 'Mobilität'],
      ['staedtischer-haushalt', 'Städtischer Haushalt'],
    ]);
  });

  it('should read bullets as pledges, drop list numbers and join page-break halves', () => {
    expect(chapters[0].pledges.map((p) => p.text)).toEqual([
      'Wir stehen zusammen.',
      'Wir halten Wort.',
    ]);
    expect(chapters[1].pledges.map((p) => [p.key, p.text])).toEqual([
      ['mobilitaet-1', 'Ein Vorhaben ohne Aufzählungszeichen.'],
      ['mobilitaet-2', 'Ein Vorhaben, das ein Seitenumbruch teilt, wird zusammengefügt.'],
      ['mobilitaet-3', 'Noch ein Radweg für Bürger*innen und Fußgänger.'],
    ]);
    expect(chapters[2].pledges).toEqual([]);
  });

  it('should refuse a document without a table of contents', () => {
    expect(() => parseAgreement('# Nur Text\n\n- eins.')).toThrow(/table of contents/);
  });

  it('should build keys without umlauts and without "und"', () => {
    expect(chapterKey('Klima, Umwelt, Natur und Energie')).toBe('klima-umwelt-natur-energie');
  });
});

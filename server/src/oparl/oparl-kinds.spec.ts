import { classifyOrganization, loadKindMapping, mappingForSource } from './oparl-kinds';
import { mapPaper, text } from './oparl-mapping';

const mapping = loadKindMapping('');

describe('classifyOrganization', () => {
  it('should let classification win over a contradicting organizationType and say so', () => {
    const result = classifyOrganization(
      { name: 'CDU', organizationType: 'Gremium', classification: 'Fraktion' },
      mapping,
    );
    expect(result.kind).toBe('fraktion');
    expect(result.guess).toContain('widersprechen sich');
  });

  it('should read short codes and report them as guessed', () => {
    expect(classifyOrganization({ name: 'X', organizationType: 'BV' }, mapping)).toEqual({
      kind: 'district',
      guess: 'Kürzel „BV“: als Bezirksvertretung übernommen',
    });
    expect(classifyOrganization({ name: 'Y', classification: 'fr' }, mapping).kind).toBe(
      'fraktion',
    );
  });

  it('should treat blank and N/A as missing and fall back to the name', () => {
    const result = classifyOrganization(
      { name: 'Ausschuss für Umwelt', organizationType: ' ', classification: 'N/A' },
      mapping,
    );
    expect(result.kind).toBe('committee');
    expect(result.guess).toContain('aus dem Namen');
    expect(classifyOrganization({ name: 'Verein' }, mapping)).toEqual({ kind: null });
  });

  it('should take a generic Gremium named Rat as the council, without a note when clear', () => {
    expect(
      classifyOrganization({ name: 'Rat der Stadt Bochum', organizationType: 'Gremium' }, mapping)
        .kind,
    ).toBe('council');
    expect(classifyOrganization({ name: 'SPD', organizationType: 'Fraktion' }, mapping)).toEqual({
      kind: 'fraktion',
    });
  });

  it('should apply a per-source mapping by the longest System URL prefix', () => {
    const custom = mappingForSource(
      {
        ...mapping,
        sources: {
          'https://ris.example/': {
            kinds: { ...mapping.kinds, party: { codes: ['X'], words: [] } },
          },
        },
      },
      'https://ris.example/oparl/system',
    );
    expect(classifyOrganization({ name: 'Z', organizationType: 'X' }, custom).kind).toBe('party');
    expect(classifyOrganization({ name: 'Z', organizationType: 'X' }, mapping).kind).toBeNull();
  });
});

describe('missing values and papers', () => {
  it('should read N/A and blanks as missing and skip a paper with neither type nor name', () => {
    expect(text('N/A')).toBeUndefined();
    expect(text('  ')).toBeUndefined();
    expect(text(' SPD ')).toBe('SPD');
    expect(mapPaper({ reference: 'A 1' }).ok).toBe(false);
    expect(mapPaper({ type: 'https://schema.oparl.org/1.1/Paper', reference: 'A 1' }).ok).toBe(
      true,
    );
  });
});

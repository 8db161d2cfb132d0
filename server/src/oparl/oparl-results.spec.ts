import { loadKindMapping, mappingForSource } from './oparl-kinds';
import { readResult } from './oparl-results';

const words = loadKindMapping('').results;

describe('readResult (AgendaItem.result words)', () => {
  it.each([
    ['angenommen', 'adopted', null],
    ['Einstimmig angenommen.', 'adopted', true],
    ['mehrheitlich beschlossen', 'adopted', false],
    ['  Beschlossen ', 'adopted', null],
    ['geändert beschlossen', 'adopted', null],
    ['einstimmig empfohlen', 'adopted', true],
    ['abgelehnt', 'rejected', null],
    ['Mehrheitlich abgelehnt', 'rejected', false],
    ['nicht beschlossen', 'rejected', null],
  ])('should read „%s“ as %s (einstimmig: %s)', (text, kind, unanimous) => {
    expect(readResult(text, words)).toEqual({ kind, unanimous });
  });

  it.each([
    ['zurückgezogen', 'withdrawn'],
    ['Vertagt', 'noVote'],
    ['verwiesen in den Hauptausschuss', 'noVote'],
    ['zur Kenntnis genommen', 'noVote'],
    ['Zur Beratung in die Fraktionen', 'unknown'],
    ['einstimmig', 'unknown'],
    ['angenommenx', 'unknown'],
  ])('should read „%s“ as %s', (text, kind) => {
    expect(readResult(text, words)).toEqual({ kind });
  });

  it("should take a source's own words over the default lists", () => {
    const mapping = loadKindMapping('');
    const own = mappingForSource(
      {
        ...mapping,
        sources: { 'https://ris.example/': { results: { adopted: ['einstimmig', 'ok'] } } },
      },
      'https://ris.example/oparl/system',
    );
    expect(readResult('OK', own.results)).toEqual({ kind: 'adopted', unanimous: null });
    expect(readResult('einstimmig', own.results)).toEqual({ kind: 'adopted', unanimous: true });
    // Lists the source does not name stay the default ones.
    expect(readResult('abgelehnt', own.results)).toEqual({ kind: 'rejected', unanimous: null });
    expect(readResult('beschlossen', own.results)).toEqual({ kind: 'unknown' });
  });
});

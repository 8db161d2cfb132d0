import type { I18n, PluralBase } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages.de';

type Params = Record<string, string | number>;

/**
 * A sentence chosen by a pure rule and worded later: a catalogue key, or a plural base with its
 * count (tCount picks one/other). Keeps the rules testable without a rendered catalogue.
 */
export type Phrase =
  { key: MessageKey; params?: Params } | { plural: PluralBase; count: number; params?: Params };

export function phraseText(i18n: I18n, phrase: Phrase): string {
  return 'key' in phrase
    ? i18n.t(phrase.key, phrase.params)
    : i18n.tCount(phrase.plural, phrase.count, phrase.params);
}

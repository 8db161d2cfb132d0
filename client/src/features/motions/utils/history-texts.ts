import { VOTE_OPTIONS, type WhipHistoryEntry } from '@mehrheitsplaner/shared';
import type { I18n } from '../../../i18n/i18n';
import type { HistoryField } from './whip-history';

/** A history value as text: stances and confidences translated, counts formatted. */
export function historyValue(
  i18n: I18n,
  field: HistoryField,
  value: WhipHistoryEntry[HistoryField] | undefined,
): string {
  const empty = i18n.t('history.empty.value');
  if (value === null || value === undefined || value === '') return empty;
  switch (field) {
    case 'stance':
      return i18n.t(`whip.stance.${value as WhipHistoryEntry['stance']}`);
    case 'confidence':
      return i18n.t(`whip.confidence.${value as WhipHistoryEntry['confidence']}`);
    case 'absent':
      return i18n.formatNumber(value as number);
    case 'split': {
      const split = value as NonNullable<WhipHistoryEntry['split']>;
      return VOTE_OPTIONS.map(
        (key) => `${i18n.t(`whip.stance.${key}`)} ${i18n.formatNumber(split[key])}`,
      ).join(' / ');
    }
    case 'members':
      return i18n.formatNumber((value as WhipHistoryEntry['members']).length);
    case 'note':
    case 'contact':
      return value as string;
  }
}

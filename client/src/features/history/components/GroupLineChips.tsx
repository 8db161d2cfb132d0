import type { BallotVote, CouncilView, GroupLine } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { groupsInChartOrder } from '../../council/model/council-groups';

type GroupLineChipsProps = {
  council: CouncilView;
  lines: Record<string, GroupLine>;
  /** The mayor's ballot, shown after the groups when the mayor had a vote. */
  mayor?: BallotVote | null;
};

/** Each group's line on a vote as a chip in the group's colour ("SPD: Ja"), then the mayor's. */
export function GroupLineChips({ council, lines, mayor }: GroupLineChipsProps) {
  const { t } = useT();
  const groups = groupsInChartOrder(council).filter((group) => group.key in lines);
  return (
    <ul className="chips line-chips" aria-label={t('historyPage.groupLines')}>
      {groups.map((group) => {
        const line = lines[group.key];
        return (
          <li
            key={group.key}
            className={`chip line-chip line-chip--${line ?? 'none'}`}
            style={{ borderLeftColor: group.color }}
            data-group={group.key}
            data-line={line ?? 'none'}
          >
            {group.name}: {line ? t(`calc.vote.${line}`) : t('historyPage.noLine')}
          </li>
        );
      })}
      {mayor && (
        <li className={`chip line-chip line-chip--${mayor}`} data-group="MAYOR" data-line={mayor}>
          {council.mayor?.title ?? t('whip.mayor')}: {t(`meetings.ballot.${mayor}`)}
        </li>
      )}
    </ul>
  );
}

import type { CouncilView } from '@mehrheitsplaner/shared';
import { groupsInChartOrder } from '../model/council-groups';

type GroupSelectProps = {
  council: CouncilView;
  value: string;
  onChange: (groupKey: string) => void;
  /** The empty option's text ("alle", "–"). */
  emptyLabel: string;
  name?: string;
  testId?: string;
};

/** A select of the council's groups in seat-chart order, with an empty option first. */
export function GroupSelect({
  council,
  value,
  onChange,
  emptyLabel,
  name,
  testId,
}: GroupSelectProps) {
  return (
    <select
      name={name}
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{emptyLabel}</option>
      {groupsInChartOrder(council).map((group) => (
        <option key={group.key} value={group.key}>
          {group.name}
        </option>
      ))}
    </select>
  );
}

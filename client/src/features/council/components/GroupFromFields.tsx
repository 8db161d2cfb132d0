import type { CouncilView } from '@mehrheitsplaner/shared';
import { TextField } from '../../../app/TextField';
import { GroupSelect } from './GroupSelect';

type GroupFromFieldsProps = {
  council: CouncilView;
  groupLabel: string;
  fromLabel: string;
  groupKey: string;
  onGroupKey: (groupKey: string) => void;
  from: string;
  onFrom: (from: string) => void;
};

/** The group a seat is for and the day it starts: what every member form asks. */
export function GroupFromFields(props: GroupFromFieldsProps) {
  const { council, groupLabel, fromLabel, groupKey, onGroupKey, from, onFrom } = props;
  return (
    <>
      <label className="field">
        <span>{groupLabel}</span>
        <GroupSelect
          name="groupKey"
          council={council}
          value={groupKey}
          onChange={onGroupKey}
          emptyLabel="–"
        />
      </label>
      <TextField
        label={fromLabel}
        type="date"
        name="from"
        required
        value={from}
        onChange={onFrom}
      />
    </>
  );
}

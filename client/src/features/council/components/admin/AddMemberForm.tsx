import { useState } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';
import { useT } from '../../../../i18n/i18n';
import type { CouncilAdmin } from '../../hooks/use-council-admin';
import { useAction } from '../../hooks/use-action';
import { localDay } from '../../utils/local-day';
import { GroupFromFields } from '../GroupFromFields';
import { SubmitRow } from '../../../../app/SubmitRow';
import { TextField } from '../../../../app/TextField';

type AddMemberFormProps = { council: CouncilView; groupKey: string; admin: CouncilAdmin };

/** A new member of a group from a date; the group's seats follow from that day. */
export function AddMemberForm({ council, groupKey, admin }: AddMemberFormProps) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [group, setGroup] = useState(groupKey);
  const [from, setFrom] = useState(localDay);
  const create = useAction(admin.createMember);
  return (
    <form
      className="form-grid"
      data-testid="add-member"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run({ name, groupKey: group, from }).then((created) => {
          if (created) setName('');
        });
      }}
    >
      <h3 className="form-grid__wide">{t('councilAdmin.newMember')}</h3>
      <TextField
        label={t('councilAdmin.memberName')}
        name="name"
        required
        maxLength={200}
        value={name}
        onChange={setName}
      />
      <GroupFromFields
        council={council}
        groupLabel={t('councilAdmin.group')}
        fromLabel={t('councilAdmin.memberFrom')}
        groupKey={group}
        onGroupKey={setGroup}
        from={from}
        onFrom={setFrom}
      />
      <SubmitRow
        label={t('councilAdmin.addMember')}
        disabled={create.busy || group === ''}
        error={create.error}
      />
    </form>
  );
}

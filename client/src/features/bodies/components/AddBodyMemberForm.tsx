import { useState } from 'react';
import {
  BODY_ROLES,
  type BodyRole,
  type CouncilView,
  type MemberView,
} from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { GroupFromFields } from '../../council/components/GroupFromFields';
import { useAction } from '../../council/hooks/use-action';
import { localDay } from '../../council/utils/local-day';
import type { BodiesAdmin } from '../hooks/use-bodies';
import { SubmitRow } from '../../../app/SubmitRow';
import { TextField } from '../../../app/TextField';

type AddBodyMemberFormProps = {
  bodyKey: string;
  council: CouncilView;
  /** Every person on record (councillors, former ones, sachkundige Bürger/innen). */
  people: MemberView[];
  admin: BodiesAdmin;
};

type Who = 'existing' | 'new';

/** Seats an existing person or a new one (e.g. a sachkundige Bürgerin) for a group from a date. */
export function AddBodyMemberForm({ bodyKey, council, people, admin }: AddBodyMemberFormProps) {
  const { t } = useT();
  const [who, setWho] = useState<Who>('existing');
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [groupKey, setGroupKey] = useState('');
  const [from, setFrom] = useState(localDay);
  const [role, setRole] = useState<BodyRole>('member');
  const add = useAction(admin.addMember);
  const choosable = people
    .filter((person) => !person.isMayor)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const choosePerson = (id: string) => {
    setPersonId(id);
    const person = choosable.find((candidate) => String(candidate.id) === id);
    if (person?.groupKey) setGroupKey(person.groupKey);
  };
  const person = who === 'existing' ? { personId: Number(personId) } : { name };
  return (
    <form
      className="form-grid"
      data-testid="add-body-member"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run(bodyKey, { ...person, groupKey, from, role }).then((added) => {
          if (!added) return;
          setPersonId('');
          setName('');
        });
      }}
    >
      <h2 className="form-grid__wide">{t('bodies.addMember')}</h2>
      <fieldset className="form-grid__wide choice">
        <legend>{t('bodies.who')}</legend>
        {(['existing', 'new'] as const).map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name="who"
              value={option}
              checked={who === option}
              onChange={() => setWho(option)}
            />
            {t(`bodies.who.${option}`)}
          </label>
        ))}
      </fieldset>
      {who === 'existing' ? (
        <label className="field">
          <span>{t('bodies.person')}</span>
          <select
            name="personId"
            required
            value={personId}
            onChange={(event) => choosePerson(event.currentTarget.value)}
          >
            <option value="">–</option>
            {choosable.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.groupKey ? `${candidate.name} (${candidate.groupKey})` : candidate.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <TextField
          label={t('bodies.newPersonName')}
          name="name"
          required
          maxLength={200}
          value={name}
          onChange={setName}
        />
      )}
      <GroupFromFields
        council={council}
        groupLabel={t('bodies.group')}
        fromLabel={t('bodies.from')}
        groupKey={groupKey}
        onGroupKey={setGroupKey}
        from={from}
        onFrom={setFrom}
      />
      <label className="field">
        <span>{t('bodies.roleLabel')}</span>
        <select
          name="role"
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as BodyRole)}
        >
          {BODY_ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`bodies.role.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <SubmitRow
        label={t('bodies.addMemberSubmit')}
        disabled={add.busy || groupKey === ''}
        error={add.error}
      />
    </form>
  );
}

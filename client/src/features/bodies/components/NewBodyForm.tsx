import { useState } from 'react';
import { GO_NRW_RULES, type BodyKind, type BodyRules } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';
import type { BodiesAdmin } from '../hooks/use-bodies';
import { SubmitRow } from '../../../app/SubmitRow';
import { TextField } from '../../../app/TextField';
import { BodyRuleSelects } from './BodyRuleSelects';

type NewKind = Exclude<BodyKind, 'council'>;
const NEW_KINDS: NewKind[] = ['committee', 'district'];

/** An admin adds a committee or a district council; its seats come from the members added next. */
export function NewBodyForm({ admin }: { admin: BodiesAdmin }) {
  const { t } = useT();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NewKind>('committee');
  const [chairVotes, setChairVotes] = useState(true);
  const [rules, setRules] = useState<BodyRules>(GO_NRW_RULES);
  const create = useAction(admin.createBody);
  return (
    <form
      className="form-grid"
      data-testid="new-body"
      onSubmit={(event) => {
        event.preventDefault();
        void create.run({ key, name, kind, chairVotes, ...rules }).then((created) => {
          if (!created) return;
          setKey('');
          setName('');
        });
      }}
    >
      <h2 className="form-grid__wide">{t('bodies.new')}</h2>
      <TextField
        label={t('bodies.name')}
        name="name"
        required
        maxLength={200}
        value={name}
        onChange={setName}
      />
      <TextField
        label={t('bodies.key')}
        name="key"
        required
        maxLength={40}
        pattern="[A-Za-z0-9][A-Za-z0-9_\-]*"
        title={t('bodies.keyHint')}
        value={key}
        onChange={setKey}
      />
      <label className="field">
        <span>{t('bodies.kindLabel')}</span>
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as NewKind)}
        >
          {NEW_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`bodies.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="chairVotes"
          checked={chairVotes}
          onChange={(event) => setChairVotes(event.currentTarget.checked)}
        />
        {t('bodies.chairVotes')}
      </label>
      <BodyRuleSelects rules={rules} onChange={setRules} />
      <SubmitRow label={t('bodies.create')} disabled={create.busy} error={create.error} />
    </form>
  );
}

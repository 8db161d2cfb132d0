import { useState } from 'react';
import type { BodyRules, BodyView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useAction } from '../../council/hooks/use-action';
import type { BodiesAdmin } from '../hooks/use-bodies';
import { BodyRuleSelects } from './BodyRuleSelects';

/**
 * An admin changes a committee's or district council's rules of procedure (not the Rat's: GO
 * NRW fixes them). Sent with the version shown; a stale one reloads the body beside the input.
 */
export function BodyRulesForm({ body, admin }: { body: BodyView; admin: BodiesAdmin }) {
  const { t } = useT();
  const [rules, setRules] = useState<BodyRules>({
    quorumRule: body.quorumRule,
    majorityRule: body.majorityRule,
  });
  const save = useAction(admin.patchBody, admin.reload);
  const unchanged =
    rules.quorumRule === body.quorumRule && rules.majorityRule === body.majorityRule;
  return (
    <form
      className="form-grid"
      data-testid="body-rules"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(body.key, { ...rules, version: body.version });
      }}
    >
      <h2 className="form-grid__wide">{t('bodyRules.title')}</h2>
      <p className="muted form-grid__wide">{t('bodyRules.hint')}</p>
      <BodyRuleSelects rules={rules} onChange={setRules} />
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={save.busy || unchanged}>
          {t('bodyRules.save')}
        </button>
      </div>
      {save.error && (
        <p className="alert alert--danger form-grid__wide" role="alert">
          {save.error}
        </p>
      )}
    </form>
  );
}

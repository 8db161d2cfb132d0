import {
  MAJORITY_RULES,
  QUORUM_RULES,
  type BodyRules,
  type MajorityRule,
  type QuorumRule,
} from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type BodyRuleSelectsProps = { rules: BodyRules; onChange: (rules: BodyRules) => void };

/** A body's rules of procedure: Beschlussfähigkeit and the majority it decides by. */
export function BodyRuleSelects({ rules, onChange }: BodyRuleSelectsProps) {
  const { t } = useT();
  return (
    <>
      <label className="field">
        <span>{t('bodyRules.quorumLabel')}</span>
        <select
          name="quorumRule"
          value={rules.quorumRule}
          onChange={(event) =>
            onChange({ ...rules, quorumRule: event.currentTarget.value as QuorumRule })
          }
        >
          {QUORUM_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`bodyRules.quorum.${rule}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('bodyRules.majorityLabel')}</span>
        <select
          name="majorityRule"
          value={rules.majorityRule}
          onChange={(event) =>
            onChange({ ...rules, majorityRule: event.currentTarget.value as MajorityRule })
          }
        >
          {MAJORITY_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`bodyRules.majority.${rule}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

import { differsFromGoNrw, type BodyRules } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

/** Names a body's rules where they differ from GO NRW's (nothing for a body that follows them). */
export function BodyRulesNote({ rules }: { rules: BodyRules }) {
  const { t } = useT();
  if (!differsFromGoNrw(rules)) return null;
  return (
    <p className="muted" data-testid="body-rules-note">
      {t('bodyRules.differs', {
        quorum: t(`bodyRules.quorum.${rules.quorumRule}`),
        majority: t(`bodyRules.majority.${rules.majorityRule}`),
      })}
    </p>
  );
}

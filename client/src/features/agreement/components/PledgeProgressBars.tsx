import { useT } from '../../../i18n/i18n';
import { ProgressBar } from './ProgressBar';

type PledgeProgressBarsProps = { pledges: number; withMotions: number; adopted: number };

/** The two bars of a chapter (or of the whole agreement): pledges with motions, with adoptions. */
export function PledgeProgressBars({ pledges, withMotions, adopted }: PledgeProgressBarsProps) {
  const { t } = useT();
  return (
    <>
      <ProgressBar
        label={t('agreement.withMotions')}
        value={withMotions}
        total={pledges}
        tone="motions"
      />
      <ProgressBar label={t('agreement.adopted')} value={adopted} total={pledges} tone="adopted" />
    </>
  );
}

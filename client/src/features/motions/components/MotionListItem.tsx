import { isVoted, type CouncilView, type MotionView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { MotionMeta } from './MotionMeta';
import { SponsorChips } from './SponsorChips';
import { CertaintyBadge } from './CertaintyBadge';

type MotionListItemProps = { motion: MotionView; council: CouncilView; excluded: string };

/** One motion of the list: title, Drucksache, status, sponsors, meeting date and live badge. */
export function MotionListItem({ motion, council, excluded }: MotionListItemProps) {
  const { t } = useT();
  return (
    <li className="motion-item" data-testid="motion-row" data-motion-id={motion.id}>
      <div className="motion-item__main">
        <a className="motion-item__title" href={hrefOf({ page: 'motion', motionId: motion.id })}>
          {motion.title}
        </a>
        <MotionMeta motion={motion} />
        <SponsorChips
          council={council}
          groupKeys={motion.sponsorGroupKeys}
          label={t('motion.sponsors')}
        />
      </div>
      <div className="motion-item__verdict">
        {isVoted(motion.status) ? (
          // After the vote the result leads; the certainty was the plan before it.
          <span
            className={`certainty-badge certainty-badge--${motion.status}`}
            data-testid="result-badge"
          >
            <span className="certainty-badge__level">
              {t('motions.voted', { status: t(`motion.status.${motion.status}`) })}
            </span>
          </span>
        ) : (
          <CertaintyBadge certainty={motion.certainty} excluded={excluded} />
        )}
      </div>
    </li>
  );
}

import type { ChapterProgress, CouncilView, MotionView, PledgeView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { groupNamer } from '../../motions/utils/motion-access';
import { PledgeProgressBars } from './PledgeProgressBars';

type ChapterCardProps = {
  chapter: ChapterProgress;
  council: CouncilView;
  pledges: Map<number, PledgeView>;
  motions: Map<number, MotionView>;
};

/** One chapter: progress bars, the partners of its adopted motions, and its pledges. */
export function ChapterCard({ chapter, council, pledges, motions }: ChapterCardProps) {
  const { t, tCount, formatNumber } = useT();
  const nameOf = groupNamer(council, t('whip.mayor'));
  return (
    <article className="card chapter" data-testid="chapter" data-chapter={chapter.chapterKey}>
      <h2>{chapter.title}</h2>
      <PledgeProgressBars
        pledges={chapter.pledges}
        withMotions={chapter.withMotions}
        adopted={chapter.adopted}
      />
      {chapter.partners.length > 0 && (
        <p className="chapter__partners">
          {t('agreement.partners')}{' '}
          {chapter.partners
            .map((p) => `${nameOf(p.groupKey)} (${formatNumber(p.votes)})`)
            .join(', ')}
        </p>
      )}
      <details>
        <summary>{tCount('agreement.pledges', chapter.pledges)}</summary>
        <ul className="pledges">
          {chapter.pledgeDetails.map((detail) => (
            <li
              key={detail.pledgeId}
              className={detail.adoptedMotionIds.length ? 'pledge pledge--adopted' : 'pledge'}
            >
              <span>{pledges.get(detail.pledgeId)?.text ?? detail.key}</span>
              {detail.motionIds.length === 0 && (
                <span className="muted-inline"> · {t('agreement.noMotion')}</span>
              )}
              {detail.motionIds.map((id) => (
                <a key={id} className="chip" href={hrefOf({ page: 'motion', motionId: id })}>
                  {detail.adoptedMotionIds.includes(id) ? '✓ ' : ''}
                  {motions.get(id)?.title ?? `#${id}`}
                </a>
              ))}
              {detail.partnerKeys.length > 0 && (
                <span className="muted-inline">
                  {' '}
                  · {t('agreement.with', { groups: detail.partnerKeys.map(nameOf).join(', ') })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

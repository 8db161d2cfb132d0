import type { Certainty, CouncilView, HistoryVoteDetail } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { CertaintyBadge } from './CertaintyBadge';
import { VoidVoteForm } from './VoidVoteForm';
import { VoteResultCard } from './VoteResultCard';

type StepBannerProps = {
  /** The shown step's recorded vote; without one its certainty leads. */
  vote: HistoryVoteDetail | null;
  certainty: Certainty;
  /** The body of the shown step (its name heads the banner when the path has several steps). */
  council: CouncilView;
  bodyName: string | null;
  excluded: string;
  nameOf: (key: string) => string;
  /** The motion whose vote an admin may void; null: not offered. */
  voidable: number | null;
};

/** What a manager reads first, for the step shown: its certainty, or once voted its result. */
export function StepBanner(props: StepBannerProps) {
  const { vote, certainty, council, bodyName, excluded, nameOf, voidable } = props;
  const { t } = useT();
  return (
    <div className="motion-layout__verdict card" aria-live="polite" data-testid="step-banner">
      {bodyName && (
        <p className="step-banner__body" data-testid="step-banner-body">
          {t('stepui.bannerBody', { body: bodyName })}
        </p>
      )}
      {vote ? (
        <>
          <VoteResultCard vote={vote} council={council} excluded={excluded} nameOf={nameOf} />
          {voidable !== null && <VoidVoteForm key={vote.id} motionId={voidable} voteId={vote.id} />}
        </>
      ) : (
        <CertaintyBadge certainty={certainty} excluded={excluded} large />
      )}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { COUNCIL_BODY_KEY, isOpenForWhip } from '@mehrheitsplaner/shared';
import type { ConsultationView, CouncilView, MemberView, UserView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { WhipPartnerOptions } from '../../calculator/components/WhipPartnerOptions';
import { excludedNames } from '../../council/model/council-groups';
import { useMotion } from '../hooks/use-motion';
import { useMotionPath } from '../hooks/use-motion-path';
import { useMotionVote } from '../hooks/use-motion-vote';
import { accessOf, noteReaderOf } from '../../../app/access';
import { groupNamer, ownNoteAuthor } from '../utils/motion-access';
import { CertaintyBadge } from './CertaintyBadge';
import { MotionEditForm } from './MotionEditForm';
import { MotionHeader } from './MotionHeader';
import { MotionPath } from './MotionPath';
import { MotionSeatChart } from './MotionSeatChart';
import { PledgeLinks } from './PledgeLinks';
import { ScenarioCards } from './ScenarioCards';
import { StepCount } from './StepCount';
import { VoidVoteForm } from './VoidVoteForm';
import { VoteResultCard } from './VoteResultCard';
import { WhipEditor } from './WhipEditor';
import { WhipHistory } from './WhipHistory';

type MotionPageProps = {
  motionId: number;
  council: CouncilView;
  members: MemberView[];
  user: UserView;
};

/**
 * One motion: certainty first (or, once voted, the actual result), header, scenarios (after the
 * vote labelled as the former plan), hemicycle, whip editor, partners, history.
 */
export function MotionPage({ motionId, council, members, user }: MotionPageProps) {
  const { t } = useT();
  const can = accessOf(user, council);
  const reads = {
    scenarios: can('scenarios.read'),
    whip: can('whip.read'),
    details: can('whip.details'),
  };
  const mayRead = useMemo(() => noteReaderOf(user, council), [user, council]);
  const data = useMotion(motionId, reads, mayRead);
  const vote = useMotionVote(motionId, reads.scenarios);
  const excluded = excludedNames(council);
  const nameOf = useMemo(() => groupNamer(council, t('whip.mayor')), [council, t]);
  const [editing, setEditing] = useState(false);
  const path = useMotionPath(motionId, reads.scenarios, council.name);
  // A committee's step chosen in the path shows its count; the Rat's is the motion's own.
  const [stepId, setStepId] = useState<number | null>(null);
  const step = path.steps.find((s) => s.id === stepId && s.bodyKey !== COUNCIL_BODY_KEY) ?? null;
  const { motion, tally } = data;

  if (!motion || (reads.scenarios && !tally)) {
    return (
      <main className="state">
        {data.error ? (
          <p className="alert alert--danger">
            {t('motionPage.loadError', { message: data.error })}
          </p>
        ) : (
          <p className="muted">{t('motionPage.loading')}</p>
        )}
      </main>
    );
  }
  const canEdit = can('motions.write');
  const open = isOpenForWhip(motion.status);
  const pivotal = tally?.expected.pivotalGroupKeys ?? [];
  // Each line by the table: a coalition manager edits the own, the mayor's and non-coalition lines.
  const canWriteLine = (groupKey: string) => open && can('whip.write', groupKey);

  return (
    <main
      className="motion-layout"
      data-testid="motion-page"
      data-live={data.live ? 'joined' : 'pending'}
    >
      <div className="motion-layout__verdict card" aria-live="polite">
        {vote ? (
          <>
            <VoteResultCard vote={vote} council={council} excluded={excluded} nameOf={nameOf} />
            {can('votes.void') && (
              <VoidVoteForm key={vote.id} motionId={motionId} voteId={vote.id} />
            )}
          </>
        ) : (
          <CertaintyBadge certainty={motion.certainty} excluded={excluded} large />
        )}
      </div>
      <div className="motion-layout__header">
        {editing ? (
          <MotionEditForm
            motion={motion}
            council={council}
            nameOf={nameOf}
            onClose={() => setEditing(false)}
          />
        ) : (
          <MotionHeader
            motion={motion}
            council={council}
            canEdit={canEdit}
            canRecord={can('votes.record')}
            changeStatus={data.changeStatus}
            onEdit={() => setEditing(true)}
          />
        )}
        {reads.scenarios && (
          <MotionPath
            path={path}
            excluded={excluded}
            canEdit={canEdit}
            selectedId={step?.id ?? null}
            onSelect={(chosen: ConsultationView) => setStepId(chosen.id)}
          />
        )}
      </div>
      {tally && (
        <div className="motion-layout__scenarios">
          {vote ? (
            <section
              className="former-plan"
              data-testid="former-plan"
              aria-labelledby="former-plan-title"
            >
              <h2 id="former-plan-title">{t('motionPage.formerPlan')}</h2>
              <p className="muted">{t('motionPage.formerPlanNote')}</p>
              <CertaintyBadge certainty={motion.certainty} excluded={excluded} />
              <ScenarioCards tallies={tally} excluded={excluded} nameOf={nameOf} />
            </section>
          ) : (
            <ScenarioCards tallies={tally} excluded={excluded} nameOf={nameOf} />
          )}
        </div>
      )}
      <div className="motion-layout__side">
        {reads.whip && (
          <div className="motion-layout__chart">
            <MotionSeatChart
              council={council}
              members={members}
              motion={motion}
              entries={data.entries}
              pivotalGroupKeys={pivotal}
            />
          </div>
        )}
        {tally && (
          <div className="motion-layout__options">
            <WhipPartnerOptions
              {...{ motion, council, members, nameOf }}
              entries={data.entries}
              options={tally.options}
            />
          </div>
        )}
        <div className="motion-layout__pledges">
          <PledgeLinks
            motionId={motionId}
            policyArea={motion.policyArea}
            canEdit={can('agreement.link')}
          />
        </div>
        {reads.details && (
          <div className="motion-layout__history">
            <WhipHistory history={data.history} nameOf={nameOf} />
          </div>
        )}
      </div>
      <div className="motion-layout__main">
        {step && (
          <StepCount
            {...{ step, council, members, reads, mayRead, excluded, nameOf, canWriteLine }}
            bodyName={path.bodyNames.get(step.bodyKey) ?? step.bodyKey}
            ownNoteAuthor={ownNoteAuthor(user)}
          />
        )}
        {!step && !open && <p className="alert alert--warning">{t('motionPage.closed')}</p>}
        {!reads.whip && <p className="card muted">{t('motionPage.whipNotShared')}</p>}
        {!step && reads.whip && (
          <WhipEditor
            council={council}
            members={members}
            entries={data.entries}
            canWriteLine={canWriteLine}
            ownNoteAuthor={ownNoteAuthor(user)}
            pivotalGroupKeys={pivotal}
            nameOf={nameOf}
            saveWhip={data.saveWhip}
            reloadWhip={data.reloadWhip}
          />
        )}
      </div>
    </main>
  );
}

import { useMemo, useState } from 'react';
import { isOpenForWhip } from '@mehrheitsplaner/shared';
import type { ConsultationView, CouncilView, MemberView, UserView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { WhipPartnerOptions } from '../../calculator/components/WhipPartnerOptions';
import { excludedNames } from '../../council/model/council-groups';
import { useMotion } from '../hooks/use-motion';
import { useMotionPath } from '../hooks/use-motion-path';
import { useShownCount } from '../hooks/use-shown-count';
import { accessOf, noteReaderOf } from '../../../app/access';
import { groupNamer, ownNoteAuthor } from '../utils/motion-access';
import { CertaintyBadge } from './CertaintyBadge';
import { MotionEditForm } from './MotionEditForm';
import { MotionHeader } from './MotionHeader';
import { MotionPath } from './MotionPath';
import { MotionSeatChart } from './MotionSeatChart';
import { PledgeLinks } from './PledgeLinks';
import { ScenarioCards } from './ScenarioCards';
import { StepBanner } from './StepBanner';
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
 * vote labelled as the former plan), hemicycle, whip editor, partners, history. All of it for one
 * step of the path: the Rat's by default, or the step chosen in the path (its body and count).
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
  const excluded = excludedNames(council);
  const nameOf = useMemo(() => groupNamer(council, t('whip.mayor')), [council, t]);
  const [editing, setEditing] = useState(false);
  const path = useMotionPath(motionId, reads.scenarios, council.name);
  const [stepId, setStepId] = useState<number | null>(null);
  const motion = data.motion;
  const shown = useShownCount({
    ...{ motionId, motion, path, council, members, reads, mayRead },
    selectedId: stepId,
    rat: data,
    open: motion !== null && isOpenForWhip(motion.status),
  });
  const { step, tally, vote, open } = shown;

  if (!motion || (reads.scenarios && !data.tally)) {
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
  const pivotal = tally?.expected.pivotalGroupKeys ?? [];
  // Each line by the table: a coalition manager edits the own, the mayor's and non-coalition lines.
  const canWriteLine = (groupKey: string) => open && can('whip.write', groupKey);

  const body = shown.council;
  const certainty = shown.certainty ?? motion.certainty;
  const bodyCount = body && { council: body, members: shown.members, entries: shown.entries };

  return (
    <main
      className="motion-layout"
      data-testid="motion-page"
      data-live={data.live ? 'joined' : 'pending'}
      data-body={shown.bodyKey}
    >
      <StepBanner
        {...{ vote, certainty, excluded, nameOf }}
        council={body ?? council}
        bodyName={path.steps.length > 1 ? shown.bodyName : null}
        voidable={can('votes.void') ? motionId : null}
      />
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
              <CertaintyBadge certainty={certainty} excluded={excluded} />
              <ScenarioCards tallies={tally} excluded={excluded} nameOf={nameOf} />
            </section>
          ) : (
            <ScenarioCards tallies={tally} excluded={excluded} nameOf={nameOf} />
          )}
        </div>
      )}
      <div className="motion-layout__side">
        {reads.whip && bodyCount && (
          <div className="motion-layout__chart">
            <MotionSeatChart {...bodyCount} motion={motion} pivotalGroupKeys={pivotal} />
          </div>
        )}
        {tally && bodyCount && (
          <div className="motion-layout__options">
            <WhipPartnerOptions {...bodyCount} {...{ motion, nameOf }} options={tally.options} />
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
            <WhipHistory history={shown.history} nameOf={nameOf} />
          </div>
        )}
      </div>
      <div className="motion-layout__main">
        {!open && <p className="alert alert--warning">{t('motionPage.closed')}</p>}
        {!reads.whip && <p className="card muted">{t('motionPage.whipNotShared')}</p>}
        {reads.whip && !bodyCount && <p className="card muted">{t('motionPage.loading')}</p>}
        {reads.whip && bodyCount && (
          <WhipEditor
            // A fresh editor per body: unsaved rows of one step never carry over to another.
            key={shown.bodyKey + String(step?.id ?? '')}
            {...bodyCount}
            canWriteLine={canWriteLine}
            ownNoteAuthor={ownNoteAuthor(user)}
            pivotalGroupKeys={pivotal}
            nameOf={nameOf}
            saveWhip={shown.saveWhip}
            reloadWhip={shown.reloadWhip}
          />
        )}
      </div>
    </main>
  );
}

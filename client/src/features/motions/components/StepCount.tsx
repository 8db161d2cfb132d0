import { useQuery } from '@tanstack/react-query';
import type { ConsultationView, CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useT } from '../../../i18n/i18n';
import type { NoteReader } from '../../live/utils/cache-merge';
import { useWhipCount, type CountReads } from '../hooks/use-whip-count';
import { ScenarioCards } from './ScenarioCards';
import { WhipEditor } from './WhipEditor';

type StepCountProps = {
  step: ConsultationView;
  bodyName: string;
  council: CouncilView;
  members: MemberView[];
  reads: CountReads;
  mayRead: NoteReader;
  excluded: string;
  nameOf: (groupKey: string) => string;
  ownNoteAuthor: string;
  canWriteLine: (groupKey: string) => boolean;
};

/**
 * The count of one step other than the Rat's (a committee): its scenarios and whip lines, with
 * the same cards and editor as the motion's own count, against that body's seats.
 */
export function StepCount(props: StepCountProps) {
  const { step, bodyName, reads, mayRead, excluded, nameOf } = props;
  const { t } = useT();
  const count = useWhipCount({ motionId: step.motionId, stepId: step.id }, reads, mayRead);
  // The body in the council's shape (its groups with their seats there); the Rat's until loaded.
  const body = useQuery({
    queryKey: queryKeys.body(step.bodyKey),
    queryFn: () => api.body(step.bodyKey),
    retry: false,
  });
  const open = step.status === 'open';
  const pivotal = count.tally?.expected.pivotalGroupKeys ?? [];
  return (
    <section className="step-count" data-testid="step-count" aria-labelledby="step-count-title">
      <h2 id="step-count-title">{t('path.stepCount', { body: bodyName })}</h2>
      {count.tally && <ScenarioCards tallies={count.tally} excluded={excluded} nameOf={nameOf} />}
      {reads.whip && (
        <WhipEditor
          council={body.data ?? props.council}
          members={props.members}
          entries={count.entries}
          canWriteLine={(groupKey) => open && props.canWriteLine(groupKey)}
          ownNoteAuthor={props.ownNoteAuthor}
          pivotalGroupKeys={pivotal}
          nameOf={nameOf}
          saveWhip={count.saveWhip}
          reloadWhip={count.reloadWhip}
        />
      )}
    </section>
  );
}

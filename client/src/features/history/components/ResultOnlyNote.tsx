import type { ResultOnlyFacts } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type ResultOnlyNoteProps = { facts: ResultOnlyFacts | undefined };

/** Instead of a tally: the vote is known only by its result, in the source's own words. */
export function ResultOnlyNote({ facts }: ResultOnlyNoteProps) {
  const { t } = useT();
  return (
    <p className="result-only" data-testid="result-only">
      {t('resultOnly.note')}
      {facts?.resultText ? (
        <span className="result-only__text">
          {t('resultOnly.sourceText', { text: facts.resultText })}
        </span>
      ) : null}
    </p>
  );
}

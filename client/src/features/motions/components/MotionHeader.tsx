import { useState } from 'react';
import { nextStatuses } from '@mehrheitsplaner/shared';
import type { CouncilView, MotionStatus, MotionView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { MotionMeta } from './MotionMeta';
import { SponsorChips } from './SponsorChips';

type MotionHeaderProps = {
  motion: MotionView;
  council: CouncilView;
  canEdit: boolean;
  changeStatus: (status: MotionStatus) => Promise<'ok' | 'conflict'>;
};

/** Title, Drucksache, status and (for managers and admins) the allowed next statuses. */
export function MotionHeader({ motion, council, canEdit, changeStatus }: MotionHeaderProps) {
  const { t } = useT();
  const errorText = useErrorText();
  const [notice, setNotice] = useState<string | null>(null);
  const next = canEdit ? nextStatuses(motion.status) : [];
  const move = (status: MotionStatus) => {
    setNotice(null);
    changeStatus(status)
      .then((result) => setNotice(result === 'conflict' ? t('motionPage.statusConflict') : null))
      .catch((reason: unknown) =>
        setNotice(
          t('motionPage.statusError', {
            message: errorText(reason),
          }),
        ),
      );
  };
  return (
    <header className="card motion-header">
      <div className="motion-header__links">
        <a className="motion-header__back" href={hrefOf({ page: 'motions' })}>
          ← {t('motionPage.back')}
        </a>
        <a href={hrefOf({ page: 'motionPrint', motionId: motion.id })} data-testid="print-link">
          {t('print.open')}
        </a>
      </div>
      <h1 data-testid="motion-title">{motion.title}</h1>
      <MotionMeta motion={motion} detailed />
      <SponsorChips
        council={council}
        groupKeys={motion.sponsorGroupKeys}
        label={t('motion.sponsors')}
      />
      {motion.description && <p className="motion-header__description">{motion.description}</p>}
      {next.length > 0 && (
        <div className="transitions" role="group" aria-label={t('motionPage.transitions')}>
          {next.map((status) => (
            <button key={status} type="button" data-status={status} onClick={() => move(status)}>
              {t('motionPage.moveTo', { status: t(`motion.status.${status}`) })}
            </button>
          ))}
        </div>
      )}
      {!canEdit && <p className="muted motion-header__readonly">{t('motionPage.readOnly')}</p>}
      {notice && (
        <p className="alert alert--warning" role="status">
          {notice}
        </p>
      )}
    </header>
  );
}

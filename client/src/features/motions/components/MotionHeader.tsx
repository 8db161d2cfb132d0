import { useState } from 'react';
import { isOpenMotion, nextStatuses } from '@mehrheitsplaner/shared';
import type { CouncilView, MotionStatus, MotionView } from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { useT } from '../../../i18n/i18n';
import { useErrorText } from '../../../i18n/use-error-text';
import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { MotionMeta } from './MotionMeta';
import { SponsorChips } from './SponsorChips';

type MotionHeaderProps = {
  motion: MotionView;
  council: CouncilView;
  canEdit: boolean;
  /** May record votes: then the way to adopted/rejected is pointed out. */
  canRecord: boolean;
  changeStatus: (status: MotionStatus) => Promise<'ok' | 'conflict'>;
  onEdit: () => void;
};

/** Statuses that end the motion's life: asked for in a dialog first. */
const FINAL: readonly MotionStatus[] = ['withdrawn'];

/**
 * Title, Drucksache, status and (for managers and admins) the allowed next statuses and the edit
 * button. adopted/rejected are no status buttons: the recorded vote sets them.
 */
export function MotionHeader(props: MotionHeaderProps) {
  const { motion, council, canEdit, canRecord, changeStatus, onEdit } = props;
  const { t } = useT();
  const errorText = useErrorText();
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<MotionStatus | null>(null);
  const next = canEdit ? nextStatuses(motion.status) : [];
  const move = (status: MotionStatus) => {
    setNotice(null);
    changeStatus(status)
      .then((result) => setNotice(result === 'conflict' ? t('motionPage.statusConflict') : null))
      .catch((reason: unknown) =>
        setNotice(t('motionPage.statusError', { message: errorText(reason) })),
      )
      .finally(() => setAsking(null));
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
      {canEdit && (
        <div className="transitions" role="group" aria-label={t('motionPage.transitions')}>
          <button type="button" data-testid="motion-edit" onClick={onEdit}>
            {t('motionEdit.open')}
          </button>
          {next.map((status) => (
            <button
              key={status}
              type="button"
              data-status={status}
              onClick={() => (FINAL.includes(status) ? setAsking(status) : move(status))}
            >
              {t('motionPage.moveTo', { status: t(`motion.status.${status}`) })}
            </button>
          ))}
        </div>
      )}
      {canRecord && isOpenMotion(motion.status) && (
        <p className="muted record-hint" data-testid="record-hint">
          {t('motionPage.recordHint')}{' '}
          <a href={hrefOf({ page: 'meetings' })}>{t('motionPage.recordLink')}</a>
        </p>
      )}
      {!canEdit && <p className="muted motion-header__readonly">{t('motionPage.readOnly')}</p>}
      {notice && (
        <p className="alert alert--warning" role="status">
          {notice}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          testId="withdraw-confirm"
          title={t('motionPage.withdrawTitle')}
          text={t('motionPage.withdrawText', { title: motion.title })}
          confirmLabel={t('motionPage.withdrawConfirm')}
          cancelLabel={t('motionPage.cancel')}
          onConfirm={() => move(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </header>
  );
}

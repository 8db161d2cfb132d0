import { useState } from 'react';
import { VOID_REASON_MAX, VOID_REASON_MIN } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';
import { useVoidVote } from '../hooks/use-void-vote';

type VoidVoteFormProps = { motionId: number; voteId: number };

/**
 * "Abstimmung aufheben" (admins): a reason, then a confirmation, since the motion reopens and the
 * vote leaves every history figure (domain.md: final steps ask for confirmation).
 */
export function VoidVoteForm({ motionId, voteId }: VoidVoteFormProps) {
  const { t } = useT();
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed');
  const [reason, setReason] = useState('');
  const { busy, error, voidVote } = useVoidVote(motionId);
  const length = reason.trim().length;
  const valid = length >= VOID_REASON_MIN && length <= VOID_REASON_MAX;
  if (step === 'closed') {
    return (
      <div className="void-vote">
        <button type="button" className="button--ghost" onClick={() => setStep('reason')}>
          {t('voidVote.open')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="void-vote card"
      data-testid="void-vote"
      onSubmit={(event) => {
        event.preventDefault();
        if (step === 'reason') {
          setStep('confirm');
          return;
        }
        void voidVote(voteId, reason.trim()).then((ok) => {
          if (ok) setStep('closed');
        });
      }}
    >
      <h3>{t('voidVote.title')}</h3>
      <label className="field">
        <span>{t('voidVote.reason')}</span>
        <textarea
          value={reason}
          maxLength={VOID_REASON_MAX}
          rows={3}
          disabled={step === 'confirm'}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <small className="muted">
          {t('voidVote.reasonHint', { min: VOID_REASON_MIN, max: VOID_REASON_MAX })}
        </small>
      </label>
      {step === 'confirm' && (
        <p className="alert alert--warning" role="alert">
          {t('voidVote.warning')}
        </p>
      )}
      {error && <p className="alert alert--danger">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="button--primary" disabled={!valid || busy}>
          {step === 'confirm' ? t('voidVote.confirm') : t('voidVote.next')}
        </button>
        <button
          type="button"
          className="button--ghost"
          onClick={() => {
            setStep('closed');
            setReason('');
          }}
        >
          {t('voidVote.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useMotionPledges } from '../../agreement/hooks/use-agreement';

/** The agreement pledges this motion serves; managers and admins link and unlink them. */
export function PledgeLinks({ motionId, canEdit }: { motionId: number; canEdit: boolean }) {
  const { t } = useT();
  const { pledges, linked, error, save } = useMotionPledges(motionId);
  const [draft, setDraft] = useState<number[] | null>(null);
  if (!pledges) return null;
  const shown = pledges.filter((p) => linked.includes(p.id));
  const selected = draft ?? linked;
  return (
    <section className="card" data-testid="pledge-links" aria-labelledby="pledges-title">
      <h2 id="pledges-title">{t('agreement.linkTitle')}</h2>
      {shown.length === 0 ? (
        <p className="muted">{t('agreement.linkNone')}</p>
      ) : (
        <ul className="pledges">
          {shown.map((pledge) => (
            <li key={pledge.id} className="pledge">
              {pledge.text}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <details className="pledge-picker">
          <summary>{t('agreement.linkEdit')}</summary>
          <ul>
            {pledges.map((pledge) => (
              <li key={pledge.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={selected.includes(pledge.id)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setDraft(
                        checked
                          ? [...selected, pledge.id]
                          : selected.filter((id) => id !== pledge.id),
                      );
                    }}
                  />
                  <span>{pledge.text}</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button--primary"
            disabled={draft === null}
            onClick={() => {
              if (draft) save(draft);
              setDraft(null);
            }}
          >
            {t('agreement.linkSave')}
          </button>
        </details>
      )}
      {error && (
        <p className="alert alert--danger">{t('agreement.linkError', { message: error })}</p>
      )}
    </section>
  );
}

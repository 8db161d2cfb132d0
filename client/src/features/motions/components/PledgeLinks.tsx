import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useMotionPledges } from '../../agreement/hooks/use-agreement';
import { useChapters } from '../../agreement/hooks/use-chapters';
import { pledgeGroups } from '../../agreement/utils/pledge-groups';

type PledgeLinksProps = { motionId: number; policyArea: string | null; canEdit: boolean };

/** The agreement pledges this motion serves; managers and admins link and unlink them. */
export function PledgeLinks({ motionId, policyArea, canEdit }: PledgeLinksProps) {
  const { t } = useT();
  const { pledges, linked, error, save } = useMotionPledges(motionId);
  const chapters = useChapters();
  const [draft, setDraft] = useState<number[] | null>(null);
  const [search, setSearch] = useState('');
  const groups = useMemo(
    () => pledgeGroups(pledges ?? [], chapters ?? [], policyArea, search),
    [pledges, chapters, policyArea, search],
  );
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
          <label className="field">
            <span>{t('agreement.linkSearch')}</span>
            <input
              type="search"
              data-testid="pledge-search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
          </label>
          <div className="pledge-picker__list">
            {groups.length === 0 && <p className="muted">{t('agreement.linkNoMatch')}</p>}
            {groups.map((group) => (
              <fieldset key={group.chapterKey} data-chapter={group.chapterKey}>
                <legend>{group.title}</legend>
                {group.pledges.map((pledge) => (
                  <label key={pledge.id} className="check">
                    <input
                      type="checkbox"
                      value={pledge.id}
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
                ))}
              </fieldset>
            ))}
          </div>
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

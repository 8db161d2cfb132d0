import type { CSSProperties } from 'react';
import type { CouncilView } from '@mehrheitsplaner/shared';

type SponsorChipsProps = { council: CouncilView; groupKeys: string[]; label: string };

/** Sponsor groups as chips in their group colour. */
export function SponsorChips({ council, groupKeys, label }: SponsorChipsProps) {
  if (groupKeys.length === 0) return null;
  const byKey = new Map(council.groups.map((group) => [group.key, group]));
  return (
    <ul className="chips" aria-label={label}>
      {groupKeys.map((key) => {
        const group = byKey.get(key);
        return (
          <li
            key={key}
            className="chip"
            style={{ '--swatch': group?.color ?? '#999' } as CSSProperties}
          >
            {group?.name ?? key}
          </li>
        );
      })}
    </ul>
  );
}

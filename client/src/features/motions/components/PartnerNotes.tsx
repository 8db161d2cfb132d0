import type { WhipNoteView } from '@mehrheitsplaner/shared';
import { useT } from '../../../i18n/i18n';

type PartnerNotesProps = {
  notes: WhipNoteView[];
  ownAuthor: string;
  noteAuthor: (authorGroupKey: string) => string;
};

/** The notes other groups keep on this entry and the user may read (the own one is editable). */
export function PartnerNotes({ notes, ownAuthor, noteAuthor }: PartnerNotesProps) {
  const { t } = useT();
  const others = notes.filter((note) => note.authorGroupKey !== ownAuthor);
  if (others.length === 0) return null;
  return (
    <ul className="whip-row__partner-notes muted" data-testid="partner-notes">
      {others.map((note) => (
        <li key={note.authorGroupKey} data-author={note.authorGroupKey}>
          <strong>{noteAuthor(note.authorGroupKey)}:</strong> {note.note}
          {note.internal && ` (${t('whip.noteInternal')})`}
        </li>
      ))}
    </ul>
  );
}

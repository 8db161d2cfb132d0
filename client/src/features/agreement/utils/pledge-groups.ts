import type { ChapterView, PledgeView } from '@mehrheitsplaner/shared';

export type PledgeGroup = { chapterKey: string; title: string; pledges: PledgeView[] };

/**
 * The pledges by chapter for the picker: the chapter of the motion's policy area (stored as the
 * chapter's title, or its key) first, the others in the agreement's order; only pledges whose
 * text contains the search (case-insensitive), and no empty chapters.
 */
export function pledgeGroups(
  pledges: readonly PledgeView[],
  chapters: readonly ChapterView[],
  policyArea: string | null,
  search: string,
): PledgeGroup[] {
  const needle = search.trim().toLocaleLowerCase('de-DE');
  const matches = (pledge: PledgeView) =>
    needle === '' || pledge.text.toLocaleLowerCase('de-DE').includes(needle);
  const isMotionChapter = (chapter: ChapterView) =>
    policyArea !== null && (chapter.key === policyArea || chapter.title === policyArea);
  const ordered = [...chapters].sort(
    (a, b) => Number(isMotionChapter(b)) - Number(isMotionChapter(a)) || a.position - b.position,
  );
  return ordered
    .map((chapter) => ({
      chapterKey: chapter.key,
      title: chapter.title,
      pledges: pledges
        .filter((pledge) => pledge.chapterKey === chapter.key && matches(pledge))
        .sort((a, b) => a.position - b.position),
    }))
    .filter((group) => group.pledges.length > 0);
}

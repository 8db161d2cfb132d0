import type { ChapterProgress, PartnerCount, PledgeProgress } from '../api/history';
import type { HistoryVote } from './history.types';
import { groupBlocks, groupLine } from './lines';

export type ProgressChapter = { key: string; title: string };
export type ProgressPledge = { id: number; key: string; chapterKey: string };
export type PledgeLink = { pledgeId: number; motionId: number };

/** Non-coalition groups whose line was yes on an adopted vote. */
export function partnersOf(vote: Pick<HistoryVote, 'blocks' | 'tally'>): string[] {
  if (!vote.tally.passes) return [];
  return groupBlocks(vote.blocks)
    .filter((block) => !block.coalition && groupLine(block) === 'yes')
    .map((block) => block.key);
}

/**
 * Per chapter of the coalition agreement: pledges with and without motions, pledges with an
 * adopted motion, and the partners (non-coalition groups voting yes) of those adoptions.
 */
export function agreementProgress(
  chapters: readonly ProgressChapter[],
  pledges: readonly ProgressPledge[],
  links: readonly PledgeLink[],
  votes: readonly Pick<HistoryVote, 'motionId' | 'blocks' | 'tally'>[],
): ChapterProgress[] {
  const adoptedByMotion = new Map(
    votes.filter((vote) => vote.tally.passes).map((vote) => [vote.motionId, vote]),
  );
  const motionsByPledge = new Map<number, number[]>();
  for (const link of links) {
    motionsByPledge.set(link.pledgeId, [
      ...(motionsByPledge.get(link.pledgeId) ?? []),
      link.motionId,
    ]);
  }
  return chapters.map((chapter) => {
    const details: PledgeProgress[] = pledges
      .filter((pledge) => pledge.chapterKey === chapter.key)
      .map((pledge) => {
        const motionIds = [...new Set(motionsByPledge.get(pledge.id) ?? [])].sort((a, b) => a - b);
        const adoptedMotionIds = motionIds.filter((id) => adoptedByMotion.has(id));
        const partnerKeys = new Set(
          adoptedMotionIds.flatMap((id) => {
            const vote = adoptedByMotion.get(id);
            return vote ? partnersOf(vote) : [];
          }),
        );
        return {
          pledgeId: pledge.id,
          key: pledge.key,
          motionIds,
          adoptedMotionIds,
          partnerKeys: [...partnerKeys].sort(),
        };
      });
    const chapterMotions = new Set(details.flatMap((detail) => detail.adoptedMotionIds));
    const partnerVotes = new Map<string, number>();
    for (const motionId of chapterMotions) {
      const vote = adoptedByMotion.get(motionId);
      for (const key of vote ? partnersOf(vote) : []) {
        partnerVotes.set(key, (partnerVotes.get(key) ?? 0) + 1);
      }
    }
    const partners: PartnerCount[] = [...partnerVotes]
      .map(([groupKey, count]) => ({ groupKey, votes: count }))
      .sort((a, b) => b.votes - a.votes || a.groupKey.localeCompare(b.groupKey));
    const withMotions = details.filter((detail) => detail.motionIds.length > 0).length;
    return {
      chapterKey: chapter.key,
      title: chapter.title,
      pledges: details.length,
      withMotions,
      withoutMotions: details.length - withMotions,
      adopted: details.filter((detail) => detail.adoptedMotionIds.length > 0).length,
      partners,
      pledgeDetails: details,
    };
  });
}

import type { MotionView, WhipVerdict } from '@mehrheitsplaner/shared';
import type { MotionEntity } from './motion.entity';

/**
 * The api.md motion shape, with the expected scenario's verdict, margin and quorum as the list
 * badge, and the certainty of the three scenarios (v1.1).
 */
export function toMotionView(motion: MotionEntity, verdict: WhipVerdict): MotionView {
  return {
    id: motion.id,
    title: motion.title,
    description: motion.description,
    reference: motion.reference,
    type: motion.type,
    status: motion.status,
    requiredMajority: motion.requiredMajority,
    mayorVotes: motion.mayorVotes,
    sponsorGroupKeys: motion.sponsorGroupKeys,
    policyArea: motion.policyArea,
    meetingDate: motion.meetingDate,
    submittedOn: motion.submittedOn,
    isExample: motion.isExample,
    version: motion.version,
    createdAt: motion.createdAt.toISOString(),
    updatedAt: motion.updatedAt.toISOString(),
    verdict: verdict.verdict,
    margin: verdict.tallies.expected.margin,
    quorum: verdict.tallies.expected.quorum,
    certainty: verdict.certainty,
  };
}

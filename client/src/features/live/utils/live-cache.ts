import type { QueryClient } from '@tanstack/react-query';
import { tallyResponseOf } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  DraftEvent,
  MotionEvent,
  MotionTallyResponse,
  MotionView,
  RecordedVoteView,
  TallyEvent,
  VoteRecordedEvent,
  VoteVoidedEvent,
  WhipEntryView,
  WhipEvent,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { queryKeys } from '../../../api/query-keys';
import { replaceMotion } from '../../motions/utils/motion-filters';
import { newerMotion, withHistoryRow, withWhipEntry } from './cache-merge';
import type { NoteReader } from './cache-merge';

/** Writes one socket event into the cache; screens re-render from it without asking the server. */
export type LiveCacheWriter = {
  council: (council: CouncilView) => void;
  tally: (event: TallyEvent) => void;
  motion: (event: MotionEvent) => void;
  whip: (event: WhipEvent) => void;
  draft: (event: DraftEvent) => void;
  voteRecorded: (event: VoteRecordedEvent) => void;
  voteVoided: (event: VoteVoidedEvent) => void;
  /** After a reconnect events may have been missed: what is shown is loaded again. */
  resync: () => void;
};

/**
 * Only what a screen has loaded is updated (an updater returning undefined leaves the cache
 * alone): an event for data nobody shows must not create a half-filled entry.
 */
export function liveCacheWriter(client: QueryClient, mayRead: () => NoteReader): LiveCacheWriter {
  /**
   * A recorded or voided vote moves its motion on; the projection and the figures built on it are
   * computed by the server, so the screens showing them load again (once per agenda item).
   */
  const voteChanged = (vote: RecordedVoteView) => {
    void client.invalidateQueries({ queryKey: queryKeys.motionAll(vote.motionId) });
    void client.invalidateQueries({ queryKey: queryKeys.historyAll });
    if (vote.meetingId !== null) {
      void client.invalidateQueries({ queryKey: queryKeys.meeting(vote.meetingId) });
    }
  };
  return {
    council: (council) => {
      client.setQueryData<CouncilView>(queryKeys.council, council);
      // Seats may have moved between members: the event does not carry them (admin changes, rare).
      void client.invalidateQueries({ queryKey: queryKeys.members, exact: true });
    },
    tally: (event) => {
      client.setQueryData<MotionTallyResponse>(queryKeys.tally(event.motionId), (current) =>
        current ? tallyResponseOf(event) : undefined,
      );
    },
    motion: ({ motion }) => {
      client.setQueryData<MotionView>(queryKeys.motion(motion.id), (current) =>
        current ? newerMotion(current, motion) : undefined,
      );
      for (const [key, list] of client.getQueriesData<MotionView[]>({
        queryKey: queryKeys.motionLists,
      })) {
        if (!list) continue;
        const result = replaceMotion(list, motion);
        if (result.known) client.setQueryData(key, result.list);
        // A new motion: where it belongs in the list (order, filter) only the server knows.
        else void client.invalidateQueries({ queryKey: key, exact: true });
      }
    },
    whip: ({ motionId, entry, history }) => {
      client.setQueryData<WhipEntryView[]>(queryKeys.whip(motionId), (current) =>
        current ? withWhipEntry(current, entry, mayRead()) : undefined,
      );
      if (!history) return;
      client.setQueryData<WhipHistoryEntry[]>(queryKeys.whipHistory(motionId), (current) =>
        current ? withHistoryRow(current, history) : undefined,
      );
    },
    draft: ({ draft }) => {
      client.setQueryData(queryKeys.draft(draft.meetingId, draft.agendaItemId), draft);
    },
    voteRecorded: ({ vote }) => voteChanged(vote),
    voteVoided: ({ vote }) => voteChanged(vote),
    resync: () => {
      void client.invalidateQueries();
    },
  };
}

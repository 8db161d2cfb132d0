import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { COUNCIL_BODY_KEY, tallyResponseOf } from '@mehrheitsplaner/shared';
import type {
  ConsultationView,
  CouncilView,
  DraftEvent,
  ImportProgressEvent,
  MeetingDetailView,
  MotionEvent,
  MotionTallyResponse,
  MotionView,
  PathEvent,
  RecordedVoteView,
  TallyEvent,
  VoteRecordedEvent,
  VoteVoidedEvent,
  WhipEntryView,
  WhipEvent,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { queryKeys } from '../../../api/query-keys';
import { newerJob } from '../../admin/utils/import-job';
import { replaceMotion } from '../../motions/utils/motion-filters';
import { newerMotion, withHistoryRow, withRecordedItem, withWhipEntry } from './cache-merge';
import type { NoteReader } from './cache-merge';

/** Events without a body (servers before v1.2) are the Rat's: the motion's own count. */
function isCouncilStep(bodyKey: string | undefined): boolean {
  return bodyKey === undefined || bodyKey === COUNCIL_BODY_KEY;
}

/** Writes one socket event into the cache; screens re-render from it without asking the server. */
export type LiveCacheWriter = {
  council: (council: CouncilView) => void;
  tally: (event: TallyEvent) => void;
  motion: (event: MotionEvent) => void;
  whip: (event: WhipEvent) => void;
  /** A step was added, changed or removed: the event carries the whole path. */
  path: (event: PathEvent) => void;
  draft: (event: DraftEvent) => void;
  importProgress: (event: ImportProgressEvent) => void;
  voteRecorded: (event: VoteRecordedEvent) => void;
  voteVoided: (event: VoteVoidedEvent) => void;
  /** After a reconnect events may have been missed: what is shown is loaded again. */
  resync: () => void;
};

/**
 * Only what a screen shows is updated (an updater returning undefined leaves the cache alone): an
 * event for data nobody shows must not create an entry, and a single whip entry or history row is
 * no whole list.
 */
export function liveCacheWriter(client: QueryClient, mayRead: () => NoteReader): LiveCacheWriter {
  /**
   * A screen holds or is loading this entry. Events that carry the whole answer (tally, motion)
   * are written even while the first load is in flight, which then keeps them (motion-queries).
   */
  const isShown = (key: QueryKey) => client.getQueryCache().find({ queryKey: key }) !== undefined;
  /**
   * A recorded or voided vote. Its motion's new status and tally come as `motion` and `tally`
   * events; the projection beside the result and the history figures are computed by the server,
   * so only those load again (once per closed agenda item, not per whip edit).
   */
  const voteChanged = (vote: RecordedVoteView) => {
    void client.invalidateQueries({ queryKey: queryKeys.motionVote(vote.motionId) });
    // The voted step's result (a committee's or the Rat's) shows in the path.
    void client.invalidateQueries({ queryKey: queryKeys.path(vote.motionId) });
    void client.invalidateQueries({ queryKey: queryKeys.historyAll });
    // The agenda's item motion is not in the motion's room: loaded again when next shown.
    void client.invalidateQueries({
      queryKey: queryKeys.motionAll(vote.motionId),
      refetchType: 'none',
    });
  };
  return {
    council: (council) => {
      client.setQueryData<CouncilView>(queryKeys.council, council);
      // Seats may have moved between members: the event does not carry them (admin changes, rare).
      void client.invalidateQueries({ queryKey: queryKeys.members, exact: true });
      // The event also follows every body change (BodiesService.published): bodies load again.
      void client.invalidateQueries({ queryKey: queryKeys.bodies });
    },
    tally: (event) => {
      const { motionId, consultationId: stepId } = event;
      const tally = tallyResponseOf(event);
      // The path shows every step's certainty; the Rat's step is also the motion's own count.
      if (stepId !== undefined) {
        client.setQueryData<ConsultationView[]>(queryKeys.path(motionId), (path) =>
          path?.map((step) =>
            step.id === stepId ? { ...step, tally, certainty: tally.certainty } : step,
          ),
        );
      }
      const key = isCouncilStep(event.bodyKey)
        ? queryKeys.tally(motionId)
        : queryKeys.stepTally(motionId, stepId ?? 0);
      if (isShown(key)) client.setQueryData<MotionTallyResponse>(key, tally);
    },
    motion: ({ motion }) => {
      const key = queryKeys.motion(motion.id);
      if (isShown(key)) {
        client.setQueryData<MotionView>(key, (current) => newerMotion(current, motion));
      }
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
    whip: ({ motionId, consultationId, bodyKey, entry, history }) => {
      const council = isCouncilStep(bodyKey);
      const stepId = consultationId ?? 0;
      const keys = {
        whip: council ? queryKeys.whip(motionId) : queryKeys.stepWhip(motionId, stepId),
        history: council
          ? queryKeys.whipHistory(motionId)
          : queryKeys.stepHistory(motionId, stepId),
      };
      client.setQueryData<WhipEntryView[]>(keys.whip, (current) =>
        current ? withWhipEntry(current, entry, mayRead()) : undefined,
      );
      if (!history) return;
      client.setQueryData<WhipHistoryEntry[]>(keys.history, (current) =>
        current ? withHistoryRow(current, history) : undefined,
      );
    },
    path: ({ motionId, consultations }) => {
      const key = queryKeys.path(motionId);
      if (isShown(key)) client.setQueryData<ConsultationView[]>(key, consultations);
    },
    draft: ({ draft }) => {
      client.setQueryData(queryKeys.draft(draft.meetingId, draft.agendaItemId), draft);
    },
    importProgress: (job) => {
      client.setQueryData<ImportProgressEvent>(queryKeys.importJob(job.jobId), (current) =>
        current ? newerJob(current, job) : undefined,
      );
    },
    voteRecorded: ({ vote }) => {
      voteChanged(vote);
      if (vote.meetingId === null) return;
      client.setQueryData<MeetingDetailView>(queryKeys.meeting(vote.meetingId), (meeting) =>
        meeting ? withRecordedItem(meeting, vote) : undefined,
      );
    },
    voteVoided: ({ vote }) => {
      voteChanged(vote);
      // What a voided vote leaves on its agenda item is the server's rule (rare, admins only).
      if (vote.meetingId !== null) {
        void client.invalidateQueries({ queryKey: queryKeys.meeting(vote.meetingId) });
      }
    },
    resync: () => {
      void client.invalidateQueries();
    },
  };
}

/**
 * Loads an entry that carries no version (the tally): if a live event wrote it while the answer
 * was in flight, the event is the newer state and stays.
 */
export async function unlessEventArrived<T>(
  client: QueryClient,
  key: QueryKey,
  load: () => Promise<T>,
): Promise<T> {
  const before = client.getQueryState(key)?.dataUpdatedAt ?? 0;
  const loaded = await load();
  const after = client.getQueryState<T>(key);
  return after && after.data !== undefined && after.dataUpdatedAt > before ? after.data : loaded;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateAgendaItemRequest,
  DraftEntryRequest,
  DraftView,
  MeetingDetailView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';
import { useLive } from '../../live/hooks/live-context';
import { withRecordedItem } from '../../live/utils/cache-merge';
import { firstOpenIndex, stepIndex } from '../utils/live-entry';

export type MeetingData = {
  meeting: MeetingDetailView | null;
  error: string | null;
  /** The meeting room is joined: drafts arrive live. */
  live: boolean;
  index: number;
  step: (direction: -1 | 1) => void;
  select: (index: number) => void;
  draft: DraftView | null;
  lastVote: RecordedVoteView | null;
  addItem: (body: CreateAgendaItemRequest) => Promise<void>;
  enter: (entry: DraftEntryRequest) => Promise<void>;
  /** Records the draft; `missingAbsent` after the user confirmed groups not entered as absent. */
  close: (missingAbsent: boolean) => Promise<void>;
};

/**
 * A meeting with its agenda and the live entry of the current item. The meeting room's drafts
 * land in the cache (the running tally) and move this screen to the item the manager is entering.
 * Without `watchLive` (a role the access table refuses live entry reads) neither drafts nor room.
 */
export function useMeeting(meetingId: number, watchLive: boolean): MeetingData {
  const client = useQueryClient();
  const errorText = useErrorText();
  const { subscribeMeeting, unsubscribeMeeting, addListener } = useLive();
  const [joined, setJoined] = useState(false);
  const [index, setIndex] = useState<number | null>(null);
  const [lastVote, setLastVote] = useState<RecordedVoteView | null>(null);
  // While the room is joined, drafts and recorded votes keep the cache current.
  const live = watchLive ? { staleTime: Infinity } : {};
  const meeting = useQuery({
    queryKey: queryKeys.meeting(meetingId),
    queryFn: () => api.meeting(meetingId),
    ...live,
  });

  const items = meeting.data?.agendaItems ?? [];
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });
  // The first open item when the meeting is first shown (set while rendering, React's pattern
  // for state that follows data); later loads keep the user's choice.
  if (index === null && meeting.data) setIndex(firstOpenIndex(meeting.data.agendaItems));
  const current = index === null ? undefined : items[index];
  const itemId = current?.id;
  const motionId = current?.motionId ?? null;

  const draft = useQuery({
    queryKey: queryKeys.draft(meetingId, itemId ?? -1),
    queryFn: () => api.draft(meetingId, itemId ?? -1),
    enabled: itemId !== undefined && motionId !== null && watchLive,
    ...live,
  });

  useEffect(() => {
    if (!watchLive) return undefined;
    subscribeMeeting(meetingId, () => setJoined(true));
    const remove = addListener({
      onDraft: ({ draft: next }) => {
        if (next.meetingId !== meetingId) return;
        const position = itemsRef.current.findIndex((item) => item.id === next.agendaItemId);
        if (position !== -1) setIndex(position);
      },
      onVoteRecorded: ({ vote }) => {
        if (vote.meetingId === meetingId) setLastVote(vote);
      },
    });
    return () => {
      remove();
      unsubscribeMeeting(meetingId);
      setJoined(false);
      // Without the room nothing keeps the meeting current: the next visit loads it again.
      void client.invalidateQueries({
        queryKey: queryKeys.meetingAll(meetingId),
        refetchType: 'none',
      });
    };
  }, [meetingId, watchLive, subscribeMeeting, unsubscribeMeeting, addListener, client]);

  const reloadMeeting = useCallback(
    () => client.invalidateQueries({ queryKey: queryKeys.meeting(meetingId) }),
    [client, meetingId],
  );
  const step = useCallback(
    (direction: -1 | 1) => setIndex((i) => stepIndex(i ?? 0, direction, itemsRef.current)),
    [],
  );
  const addItem = useCallback(
    async (body: CreateAgendaItemRequest) => {
      await api.addAgendaItem(meetingId, body);
      void reloadMeeting();
    },
    [meetingId, reloadMeeting],
  );
  const enter = useCallback(
    async (entry: DraftEntryRequest) => {
      if (itemId === undefined) return;
      client.setQueryData(
        queryKeys.draft(meetingId, itemId),
        await api.putDraft(meetingId, itemId, entry),
      );
    },
    [client, meetingId, itemId],
  );
  const close = useCallback(
    async (missingAbsent: boolean) => {
      if (itemId === undefined) return;
      const vote = await api.closeVote(meetingId, itemId, { missingAbsent });
      setLastVote(vote);
      // The same as the room's `voteRecorded` does in every watcher's cache.
      client.setQueryData<MeetingDetailView>(queryKeys.meeting(meetingId), (shown) =>
        shown ? withRecordedItem(shown, vote) : undefined,
      );
    },
    [client, meetingId, itemId],
  );

  return {
    meeting: meeting.data ?? null,
    error: meeting.error ? errorText(meeting.error) : null,
    live: joined,
    index: index ?? 0,
    step,
    select: setIndex,
    draft: itemId !== undefined && draft.data?.agendaItemId === itemId ? draft.data : null,
    lastVote,
    addItem,
    enter,
    close,
  };
}

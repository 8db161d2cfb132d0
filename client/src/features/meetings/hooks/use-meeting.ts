import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CreateAgendaItemRequest,
  DraftEntryRequest,
  DraftView,
  MeetingDetailView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';
import { useLive } from '../../live/hooks/live-context';
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
  close: () => Promise<void>;
};

/**
 * A meeting with its agenda and the live entry of the current item: drafts of the meeting room
 * replace the running tally (watchers follow the item the manager is entering). Without
 * `watchLive` (a role the access table refuses live entry reads) neither drafts nor the room.
 */
export function useMeeting(meetingId: number, watchLive: boolean): MeetingData {
  const { subscribeMeeting, unsubscribeMeeting, addListener } = useLive();
  const [meeting, setMeeting] = useState<MeetingDetailView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  const [index, setIndex] = useState<number | null>(null);
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [lastVote, setLastVote] = useState<RecordedVoteView | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let active = true;
    api
      .meeting(meetingId)
      .then((next) => {
        if (!active) return;
        setMeeting(next);
        setIndex((current) => current ?? firstOpenIndex(next.agendaItems));
        setError(null);
      })
      .catch((reason: unknown) => {
        if (active) setError(messageOf(reason));
      });
    return () => {
      active = false;
    };
  }, [meetingId, generation]);

  const items = meeting?.agendaItems ?? [];
  const current = index === null ? undefined : items[index];
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });
  const itemId = current?.id;
  const hasMotion = current?.motionId != null;

  useEffect(() => {
    if (itemId === undefined || !hasMotion || !watchLive) return undefined;
    let active = true;
    api
      .draft(meetingId, itemId)
      .then((next) => {
        if (active) {
          setDraft((shown) => (shown?.agendaItemId === next.agendaItemId ? shown : next));
        }
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [meetingId, itemId, hasMotion, watchLive, generation]);

  useEffect(() => {
    if (!watchLive) return undefined;
    subscribeMeeting(meetingId, () => setJoined(true));
    const remove = addListener({
      onDraft: ({ draft: next }) => {
        if (next.meetingId !== meetingId) return;
        const position = itemsRef.current.findIndex((item) => item.id === next.agendaItemId);
        if (position !== -1) setIndex(position);
        setDraft(next);
      },
      onVoteRecorded: ({ vote }) => {
        if (vote.meetingId !== meetingId) return;
        setLastVote(vote);
        reload();
      },
      onResync: reload,
    });
    return () => {
      remove();
      unsubscribeMeeting(meetingId);
      setJoined(false);
    };
  }, [meetingId, watchLive, subscribeMeeting, unsubscribeMeeting, addListener, reload]);

  const step = useCallback(
    (direction: -1 | 1) => setIndex((i) => stepIndex(i ?? 0, direction, itemsRef.current)),
    [],
  );
  const addItem = useCallback(
    async (body: CreateAgendaItemRequest) => {
      await api.addAgendaItem(meetingId, body);
      reload();
    },
    [meetingId, reload],
  );
  const enter = useCallback(
    async (entry: DraftEntryRequest) => {
      if (itemId === undefined) return;
      setDraft(await api.putDraft(meetingId, itemId, entry));
    },
    [meetingId, itemId],
  );
  const close = useCallback(async () => {
    if (itemId === undefined) return;
    setLastVote(await api.closeVote(meetingId, itemId));
    reload();
  }, [meetingId, itemId, reload]);

  return {
    meeting,
    error,
    live: joined,
    index: index ?? 0,
    step,
    select: setIndex,
    draft: draft?.agendaItemId === itemId ? draft : null,
    lastVote,
    addItem,
    enter,
    close,
  };
}

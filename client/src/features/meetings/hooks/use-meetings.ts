import { useCallback, useEffect, useState } from 'react';
import type { CreateMeetingRequest, MeetingDetailView, MeetingView } from '@mehrheitsplaner/shared';
import { api, messageOf } from '../../../api/api-client';

/** The meetings, newest first as the server lists them, and creating one. */
export function useMeetings() {
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let active = true;
    api
      .meetings()
      .then((list) => {
        if (active) setMeetings(list);
      })
      .catch((reason: unknown) => {
        if (active) setError(messageOf(reason));
      });
    return () => {
      active = false;
    };
  }, [generation]);
  const create = useCallback(async (body: CreateMeetingRequest): Promise<MeetingDetailView> => {
    const meeting = await api.createMeeting(body);
    setGeneration((n) => n + 1);
    return meeting;
  }, []);
  return { meetings, error, create };
}

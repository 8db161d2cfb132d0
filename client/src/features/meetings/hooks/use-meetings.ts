import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMeetingRequest, MeetingDetailView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';
import { useErrorText } from '../../../i18n/use-error-text';

/** The meetings, newest first as the server lists them, and creating one. */
export function useMeetings() {
  const client = useQueryClient();
  const errorText = useErrorText();
  const meetings = useQuery({ queryKey: queryKeys.meetings, queryFn: api.meetings });
  const create = useCallback(
    async (body: CreateMeetingRequest): Promise<MeetingDetailView> => {
      const meeting = await api.createMeeting(body);
      void client.invalidateQueries({ queryKey: queryKeys.meetings });
      return meeting;
    },
    [client],
  );
  return {
    meetings: meetings.data ?? null,
    error: meetings.error ? errorText(meetings.error) : null,
    create,
  };
}

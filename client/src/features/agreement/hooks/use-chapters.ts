import { useQuery } from '@tanstack/react-query';
import type { ChapterView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';

/** The chapters of the coalition agreement (loaded once per session); null while unknown. */
export function useChapters(): ChapterView[] | null {
  const chapters = useQuery({
    queryKey: queryKeys.chapters,
    queryFn: api.agreementChapters,
    staleTime: Infinity,
  });
  return chapters.data ?? null;
}

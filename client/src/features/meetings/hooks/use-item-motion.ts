import { useQuery } from '@tanstack/react-query';
import type { NoteReader } from '../../live/utils/cache-merge';
import { motionQuery, whipQuery } from '../../motions/hooks/motion-queries';

const NONE = -1;

/**
 * The motion of the current agenda item and its whip count (for the prefilled entry); a
 * recorded vote reloads them through the cache.
 */
export function useItemMotion(motionId: number | null, mayRead: NoteReader) {
  const id = motionId ?? NONE;
  const motion = useQuery({ ...motionQuery(id), enabled: motionId !== null });
  const whip = useQuery({ ...whipQuery(id, mayRead), enabled: motionId !== null });
  return { motion: motionId === null ? null : (motion.data ?? null), whip: whip.data ?? [] };
}

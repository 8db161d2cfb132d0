import { useEffect, useState } from 'react';
import type { ChapterView } from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';

let cached: Promise<ChapterView[] | null> | null = null;

/** The chapters of the coalition agreement (loaded once); null while unknown or unavailable. */
export function useChapters(): ChapterView[] | null {
  const [chapters, setChapters] = useState<ChapterView[] | null>(null);
  useEffect(() => {
    let active = true;
    cached ??= api.agreementChapters().catch(() => {
      cached = null;
      return null;
    });
    void cached.then((next) => {
      if (active) setChapters(next);
    });
    return () => {
      active = false;
    };
  }, []);
  return chapters;
}

import type {
  MotionTallyResponse,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { api } from '../../../api/api-client';
import { queryKeys } from '../../../api/query-keys';

/**
 * Which whip count a screen shows: a motion's (its Rat step, the motion-level routes and cache
 * keys, as always) or one other step of its path (`stepId`, a committee's count).
 */
export type CountScope = { motionId: number; stepId?: number };

export function countKeys({ motionId, stepId }: CountScope) {
  return stepId === undefined
    ? {
        whip: queryKeys.whip(motionId),
        tally: queryKeys.tally(motionId),
        history: queryKeys.whipHistory(motionId),
      }
    : {
        whip: queryKeys.stepWhip(motionId, stepId),
        tally: queryKeys.stepTally(motionId, stepId),
        history: queryKeys.stepHistory(motionId, stepId),
      };
}

export type CountApi = {
  whip: () => Promise<WhipEntryView[]>;
  putWhip: (groupKey: string, body: WhipEntryRequest) => Promise<WhipEntryView>;
  history: () => Promise<WhipHistoryEntry[]>;
  tally: () => Promise<MotionTallyResponse>;
};

export function countApi({ motionId, stepId }: CountScope): CountApi {
  if (stepId === undefined) {
    return {
      whip: () => api.whip(motionId),
      putWhip: (groupKey, body) => api.putWhip(motionId, groupKey, body),
      history: () => api.whipHistory(motionId),
      tally: () => api.tally(motionId),
    };
  }
  return {
    whip: () => api.stepWhip(stepId),
    putWhip: (groupKey, body) => api.putStepWhip(stepId, groupKey, body),
    history: () => api.stepWhipHistory(stepId),
    tally: () => api.stepTally(stepId),
  };
}

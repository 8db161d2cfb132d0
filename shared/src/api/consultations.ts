import type { Certainty } from '../engine/certainty';
import type { MotionTallyResponse } from './motions';

/**
 * The path of a motion (Beratungsfolge, api.md "Bodies and the path of a motion"): each step is a
 * consultation of one body; whip count, tally, certainty and recorded vote belong to a step. The
 * Rat's step (role `decision`) decides the motion; a committee's vote is its recommendation.
 */
export const CONSULTATION_ROLES = ['preliminary', 'decision', 'information'] as const;
export type ConsultationRole = (typeof CONSULTATION_ROLES)[number];

/** `open` until a vote in that body; then the body's result (for the Rat: the motion's). */
export const CONSULTATION_STATUSES = ['open', 'adopted', 'rejected'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** One step of GET /api/motions/:id/consultations, in path order (`position` 1, 2, …). */
export type ConsultationView = {
  id: number;
  motionId: number;
  bodyKey: string;
  date: string | null;
  role: ConsultationRole;
  position: number;
  status: ConsultationStatus;
  certainty: Certainty;
  tally: MotionTallyResponse;
  version: number;
};

export type CreateConsultationRequest = {
  bodyKey: string;
  date?: string | null;
  role?: ConsultationRole;
  /** 1-based place in the path; default: just before the Rat's step. */
  position?: number;
};

export type PatchConsultationRequest = {
  date?: string | null;
  role?: ConsultationRole;
  position?: number;
  version: number;
};

import { AsyncLocalStorage } from 'node:async_hooks';

/** Who causes the writes of the current async flow, and from where. */
export type AuditActor = {
  actor: string;
  role: string | null;
  ip: string | null;
  /**
   * Set while a bulk job writes through the owners' methods: their single entries are left out,
   * the job records one summary entry instead (AuditService.recordSummary).
   */
  summarised?: boolean;
};

/** Writes outside any request: start-up seeds, the CLI. */
export const SYSTEM_ACTOR: AuditActor = { actor: 'system', role: null, ip: null };

/**
 * A function, not the actor itself: a request's flow starts before the access guard has
 * signed its user in, so its actor is read when a write asks for it.
 */
const actors = new AsyncLocalStorage<() => AuditActor>();

/** Runs `work` (and every async continuation of it) as `actor`. */
export function runAsActor<T>(actor: AuditActor | (() => AuditActor), work: () => T): T {
  return actors.run(typeof actor === 'function' ? actor : () => actor, work);
}

export function currentActor(): AuditActor {
  return actors.getStore()?.() ?? SYSTEM_ACTOR;
}

/**
 * Who may do what (domain.md): ONE table of data. The server's access guard enforces it on every
 * HTTP route and socket event, the server's views strip what a role may not read, and the client
 * hides what the server would refuse. Deny by default: a route or event missing here is refused.
 */
import { ROLES, type Role } from '../domain/types';
import type { ClientToServerEvents, ServerToClientEvents } from '../api/socket-events';

/**
 * How far a permission reaches beyond the role:
 * - `any`: the role suffices;
 * - `coalitionManager`: a manager must manage a coalition group (admins always may);
 * - `whipLine`: as `coalitionManager`, and the line written is the manager's own group's, the
 *   mayor's or a non-coalition group's: never another coalition group's.
 */
export type AccessScope = 'any' | 'coalitionManager' | 'whipLine';

/** `anyone` needs no token; otherwise a signed-in user of one of the roles. */
export type PermissionRule = { roles: 'anyone' | readonly Role[]; scope: AccessScope };

const EVERY_ROLE = ROLES;
const COALITION_WORK = ['admin', 'manager'] as const satisfies Role[];
/** Who reads a motion's working state: its scenarios, group lines and live entry. */
const MOTION_READERS = ['admin', 'manager', 'councillor'] as const satisfies Role[];

export const PERMISSIONS = {
  public: { roles: 'anyone', scope: 'any' },
  'session.own': { roles: EVERY_ROLE, scope: 'any' },
  'accounts.manage': { roles: ['admin'], scope: 'any' },
  'council.read': { roles: EVERY_ROLE, scope: 'any' },
  'council.manage': { roles: ['admin'], scope: 'any' },
  'imports.run': { roles: ['admin'], scope: 'any' },
  /** The motion list and a motion with status and certainty. */
  'motions.read': { roles: EVERY_ROLE, scope: 'any' },
  'motions.write': { roles: COALITION_WORK, scope: 'coalitionManager' },
  /** The three scenarios of a motion (its tally). */
  'scenarios.read': { roles: MOTION_READERS, scope: 'any' },
  /** Each group's stance and confidence. */
  'whip.read': { roles: MOTION_READERS, scope: 'any' },
  /** Contacts, notes, member overrides, who entered what and when, the change history. */
  'whip.details': { roles: COALITION_WORK, scope: 'coalitionManager' },
  'whip.write': { roles: COALITION_WORK, scope: 'whipLine' },
  'meetings.read': { roles: EVERY_ROLE, scope: 'any' },
  'meetings.write': { roles: COALITION_WORK, scope: 'coalitionManager' },
  /** The running tally of a live entry in a meeting. */
  'liveEntry.read': { roles: MOTION_READERS, scope: 'any' },
  'liveEntry.write': { roles: COALITION_WORK, scope: 'coalitionManager' },
  'votes.read': { roles: EVERY_ROLE, scope: 'any' },
  /** Irreversible: decides the motion for good. */
  'votes.record': { roles: COALITION_WORK, scope: 'coalitionManager' },
  /** Voiding a recorded vote (a wrong entry): the motion reopens. */
  'votes.void': { roles: ['admin'], scope: 'any' },
  'audit.read': { roles: ['admin'], scope: 'any' },
  'history.read': { roles: EVERY_ROLE, scope: 'any' },
  'agreement.read': { roles: EVERY_ROLE, scope: 'any' },
  'agreement.link': { roles: COALITION_WORK, scope: 'coalitionManager' },
  'majority.read': { roles: EVERY_ROLE, scope: 'any' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

/** Every HTTP route, `METHOD /api/path` as the router spells it, with its permission. */
export const ROUTE_PERMISSIONS = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'session.own',
  'POST /api/auth/logout': 'session.own',
  'POST /api/auth/password': 'session.own',
  'GET /api/users': 'accounts.manage',
  'POST /api/users': 'accounts.manage',
  'PATCH /api/users/:id': 'accounts.manage',
  'POST /api/users/:id/password': 'accounts.manage',
  'GET /api/council': 'council.read',
  'POST /api/council/groups': 'council.manage',
  'PATCH /api/council/groups/:key': 'council.manage',
  'GET /api/council/members': 'council.read',
  'POST /api/council/members': 'council.manage',
  'PATCH /api/council/members/:id': 'council.manage',
  'POST /api/council/members/:id/leave': 'council.manage',
  'GET /api/council/members/:id/memberships': 'council.read',
  'GET /api/bodies': 'council.read',
  'POST /api/bodies': 'council.manage',
  'GET /api/bodies/:key': 'council.read',
  'PATCH /api/bodies/:key': 'council.manage',
  'GET /api/bodies/:key/members': 'council.read',
  'POST /api/bodies/:key/members': 'council.manage',
  'PATCH /api/bodies/:key/members/:id': 'council.manage',
  'POST /api/admin/oparl/import': 'imports.run',
  'GET /api/admin/oparl/import/:jobId': 'imports.run',
  'POST /api/admin/imports/file': 'imports.run',
  'GET /api/motions': 'motions.read',
  'POST /api/motions': 'motions.write',
  'GET /api/motions/:id': 'motions.read',
  'PATCH /api/motions/:id': 'motions.write',
  'GET /api/motions/:id/tally': 'scenarios.read',
  'GET /api/motions/:id/whip': 'whip.read',
  'GET /api/motions/:id/whip/history': 'whip.details',
  'PUT /api/motions/:id/whip/:groupKey': 'whip.write',
  'GET /api/motions/:id/pledges': 'agreement.read',
  'PUT /api/motions/:id/pledges': 'agreement.link',
  'POST /api/motions/:id/votes': 'votes.record',
  'GET /api/motions/:id/votes': 'votes.read',
  'GET /api/votes/:id': 'votes.read',
  'GET /api/motions/:id/consultations': 'scenarios.read',
  'POST /api/motions/:id/consultations': 'motions.write',
  'PATCH /api/consultations/:cid': 'motions.write',
  'DELETE /api/consultations/:cid': 'motions.write',
  'GET /api/consultations/:cid/tally': 'scenarios.read',
  'GET /api/consultations/:cid/whip': 'whip.read',
  'GET /api/consultations/:cid/whip/history': 'whip.details',
  'PUT /api/consultations/:cid/whip/:groupKey': 'whip.write',
  'POST /api/consultations/:cid/votes': 'votes.record',
  'GET /api/consultations/:cid/votes': 'votes.read',
  'DELETE /api/votes/:id': 'votes.void',
  'GET /api/admin/audit': 'audit.read',
  'GET /api/meetings': 'meetings.read',
  'POST /api/meetings': 'meetings.write',
  'GET /api/meetings/:id': 'meetings.read',
  'POST /api/meetings/:id/items': 'meetings.write',
  'PATCH /api/meetings/:id/items/:itemId': 'meetings.write',
  'GET /api/meetings/:id/items/:itemId/draft': 'liveEntry.read',
  'PUT /api/meetings/:id/items/:itemId/draft': 'liveEntry.write',
  'POST /api/meetings/:id/items/:itemId/draft/close': 'votes.record',
  'GET /api/history/votes': 'history.read',
  'GET /api/history/votes.csv': 'history.read',
  'GET /api/history/votes.json': 'history.read',
  'GET /api/history/votes/:id': 'history.read',
  'GET /api/history/ballots.csv': 'history.read',
  'GET /api/history/ballots.json': 'history.read',
  'GET /api/history/summary': 'history.read',
  'GET /api/history/groups': 'history.read',
  'GET /api/history/members': 'history.read',
  'GET /api/history/accuracy': 'history.read',
  'GET /api/agreement/chapters': 'agreement.read',
  'GET /api/agreement/pledges': 'agreement.read',
  'GET /api/agreement/progress': 'agreement.read',
  'GET /api/majority/options': 'majority.read',
} as const satisfies Record<string, Permission>;

export type RouteKey = keyof typeof ROUTE_PERMISSIONS;

/** Every client → server socket event on `/live`, with its permission. */
export const SOCKET_EVENT_PERMISSIONS = {
  subscribe: 'scenarios.read',
  unsubscribe: 'scenarios.read',
  subscribeList: 'motions.read',
  unsubscribeList: 'motions.read',
  subscribeMeeting: 'liveEntry.read',
  unsubscribeMeeting: 'liveEntry.read',
} as const satisfies Record<keyof ClientToServerEvents, Permission>;

/**
 * What a socket's user must hold to receive each server → client event. The rooms the events go
 * to are joined through the events above, which ask at least as much; `whip` payloads are cut to
 * the reader's view (`whip.details`, internal notes).
 */
export const SERVER_EVENT_PERMISSIONS = {
  council: 'council.read',
  tally: 'scenarios.read',
  motion: 'motions.read',
  whip: 'whip.read',
  // The path as GET /api/motions/:id/consultations answers it.
  path: 'scenarios.read',
  importProgress: 'imports.run',
  voteRecorded: 'votes.read',
  voteVoided: 'votes.read',
  draft: 'liveEntry.read',
} as const satisfies Record<keyof ServerToClientEvents, Permission>;

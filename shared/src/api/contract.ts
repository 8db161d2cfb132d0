/**
 * The public HTTP contract (../shared/api.md, v1) as plain types. The server's DTOs implement the
 * request types; the client's API client returns the response types. Add fields, never rename.
 */
import type {
  BallotVote,
  Confidence,
  RequiredMajority,
  Role,
  SourcedFigure,
} from '../domain/types';
import type { MajorityOption } from '../engine/builder.types';
import type { ApiErrorCode } from './error-codes';

export type ApiError = {
  statusCode: number;
  error: string;
  message: string | string[];
  /** Stable, for clients to branch on (v1.1). */
  code: ApiErrorCode;
};

/**
 * `GET /api/health`: 200 with status `ok` once the database answered SELECT 1; 503 with status
 * `unavailable` while it does not answer or the process is shutting down (SIGTERM/SIGINT).
 */
/** `redis` only with REDIS_URL (several instances): a Redis that does not answer makes it 503. */
export type HealthResponse =
  | { status: 'ok'; database: 'ok'; redis?: 'ok' }
  | {
      status: 'unavailable';
      database: 'ok' | 'unreachable';
      redis?: 'ok' | 'fail';
      shuttingDown: boolean;
    };

// Accounts
export type LoginRequest = { username: string; password: string };
export type UserView = { username: string; role: Role; groupKey: string | null };
/**
 * An account as an admin sees it (`GET /api/users`): with the id the account routes take, whether
 * it may sign in, and the version a `PATCH /api/users/:id` must name.
 */
export type UserAccountView = UserView & { id: number; active: boolean; version: number };
/**
 * `PATCH /api/users/:id` (admin): a changed role, group or activity ends the account's sessions;
 * `groupKey: null` clears the group. A stale `version` → 409.
 */
export type PatchUserRequest = {
  role?: Role;
  groupKey?: string | null;
  active?: boolean;
  version: number;
};
/** `POST /api/auth/password`: the signed-in user's own password; other sessions end. */
export type ChangePasswordRequest = { currentPassword: string; newPassword: string };
/** `POST /api/users/:id/password` (admin): sets a user's password and ends their sessions. */
export type ResetPasswordRequest = { newPassword: string };
export type LoginResponse = { token: string; user: UserView; expiresAt: string };
export type CreateUserRequest = {
  username: string;
  password: string;
  role: Role;
  groupKey?: string;
};

// Council
export type GroupView = {
  key: string;
  name: string;
  seats: number;
  color: string;
  excluded: boolean;
  coalition: boolean;
  /** Where the seat figure comes from and how sure it is (seed data; "entered" once edited). */
  seatsSource: SourcedFigure;
  /** Left-to-right position in the seat chart (smaller = further left). */
  chartOrder: number;
  /** What a `PATCH /api/council/groups/:key` names to refuse a stale edit (409). */
  version: number;
};

export type CouncilView = {
  name: string;
  seats: number;
  votingMembers: number;
  mayorVotes: boolean;
  excludedGroupKeys: string[];
  coalitionGroupKeys: string[];
  groups: GroupView[];
  mayor: { name: string; title: string } | null;
};

export type MemberView = {
  id: number;
  name: string;
  groupKey: string | null;
  isMayor: boolean;
  /** What a member edit names to refuse a stale one (409); any rename, switch or leave moves it. */
  version: number;
};
export type MembershipView = { groupKey: string; from: string; to: string | null };

/** Without `version` the edit applies to whatever is current (api.md v1); with it, stale → 409. */
export type PatchGroupRequest = {
  name?: string;
  color?: string;
  excluded?: boolean;
  coalition?: boolean;
  version?: number;
};
/** `POST /api/council/groups` (admin): a new group, without seats until members join it. */
export type CreateGroupRequest = {
  key: string;
  name: string;
  color: string;
  excluded?: boolean;
  coalition?: boolean;
};
/** `from`: the first day in the group (default today, not before the term). */
export type CreateMemberRequest = { name: string; groupKey: string; from?: string };
export type PatchMemberRequest = {
  name?: string;
  groupKey?: string;
  from?: string;
  version?: number;
};
/**
 * `POST /api/council/members/:id/leave` (admin): `on` is the first day the member is no longer in
 * the council (their open membership ends the day before); they stay on record for past votes.
 */
export type LeaveCouncilRequest = { on: string; version?: number };

// Majority builder
export type MajorityOptionsQuery = {
  firm?: string;
  absent?: string;
  abstain?: string;
  requiredMajority?: RequiredMajority;
};
export type MajorityOptionsResponse = { options: MajorityOption[] };

// Used by later features; kept here so both sides share one vocabulary.
export type BallotInput = { memberId: number; vote: BallotVote };
export type ConfidenceBand = Confidence;

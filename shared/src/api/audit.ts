/**
 * The audit log (issue 9): every change with who, when, what, before → after and from where.
 * Append-only; admins read it at `GET /api/admin/audit`.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'status',
  'record',
  'void',
  'passwordChange',
  'import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'motion',
  'whipEntry',
  'vote',
  'meeting',
  'agendaItem',
  'group',
  'member',
  'user',
  'pledgeLinks',
  'voteDraft',
  'oparlImport',
  'body',
  'bodyMembership',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** The changed fields only: values as JSON, never a secret (a password is just "changed"). */
export type AuditChanges = Record<string, unknown>;

export type AuditEntryView = {
  id: number;
  at: string;
  /** The username, or a system actor (`system`, `oparl-import`, `cli`). */
  actor: string;
  /** The actor's role; null for system actors. */
  role: string | null;
  /** The request's socket address; null for system actors. */
  ip: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  /** The entity's id as text: numeric ids, a group key, `motionId/groupKey` for a whip line. */
  entityId: string;
  before: AuditChanges | null;
  after: AuditChanges | null;
};

export type AuditQuery = {
  from?: string;
  to?: string;
  actor?: string;
  entityType?: AuditEntityType;
  entityId?: string;
  action?: AuditAction;
  limit?: number;
  offset?: number;
};

/** Newest first; `total` counts every entry matching the filters. */
export type AuditPage = { total: number; entries: AuditEntryView[] };

/** `DELETE /api/votes/:id`: why a recorded vote is void (3–500 characters). */
export type VoidVoteRequest = { reason: string };
export const VOID_REASON_MIN = 3;
export const VOID_REASON_MAX = 500;

import type { MotionView, WhipEntryView, WhipHistoryEntry } from '@mehrheitsplaner/shared';

/** Test-data factories for the motion utils' specs. */
export function motionView(id: number, overrides: Partial<MotionView> = {}): MotionView {
  return {
    id,
    title: `Antrag ${id}`,
    description: '',
    reference: null,
    type: 'antrag',
    status: 'draft',
    requiredMajority: 'simple',
    mayorVotes: true,
    sponsorGroupKeys: [],
    policyArea: null,
    meetingDate: null,
    submittedOn: null,
    isExample: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    verdict: 'open',
    margin: -5,
    quorum: false,
    certainty: { level: 'open', margin: -5, reliesOnExcluded: false, quorumAtRisk: false },
    ...overrides,
  };
}

const unknownEntry = {
  motionId: 1,
  groupKey: 'LINKE',
  stance: 'unknown',
  confidence: 'uncertain',
  absent: 0,
  split: null,
  note: null,
  noteInternal: false,
  contact: null,
  members: [],
} as const;

export function whipEntry(overrides: Partial<WhipEntryView> = {}): WhipEntryView {
  return {
    ...unknownEntry,
    members: [],
    notes: [],
    version: 0,
    updatedBy: null,
    updatedAt: null,
    ...overrides,
  };
}

export function historyRecord(overrides: Partial<WhipHistoryEntry> = {}): WhipHistoryEntry {
  return {
    ...unknownEntry,
    members: [],
    version: 1,
    changedBy: 'mgr',
    changedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

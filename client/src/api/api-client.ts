import type {
  AccuracyRow,
  AddBodyMemberRequest,
  BodyMemberView,
  BodySummary,
  BodyView,
  CreateBodyRequest,
  PatchBodyMemberRequest,
  PatchBodyRequest,
  AgendaItemView,
  AuditPage,
  AuditQuery,
  ApiError as ApiErrorBody,
  ApiErrorCode,
  ChapterProgress,
  ChapterView,
  CouncilView,
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  CloseDraftRequest,
  DraftEntryRequest,
  DraftView,
  GroupHistoryRow,
  HistoryQuery,
  HistorySummary,
  HistoryVoteDetail,
  HistoryVoteView,
  MeetingDetailView,
  MeetingView,
  MemberHistoryRow,
  MotionPledgesView,
  PledgeView,
  RecordedVoteView,
  RecordVoteRequest,
  VoidVoteRequest,
  CreateMotionRequest,
  CreateUserRequest,
  ChangePasswordRequest,
  CreateGroupRequest,
  CreateMemberRequest,
  GroupView,
  LeaveCouncilRequest,
  PatchGroupRequest,
  PatchMemberRequest,
  PatchUserRequest,
  ResetPasswordRequest,
  UserAccountView,
  LoginRequest,
  LoginResponse,
  MajorityOptionsQuery,
  MajorityOptionsResponse,
  MemberView,
  ConsultationView,
  CreateConsultationRequest,
  MotionListQuery,
  MotionTallyResponse,
  MotionView,
  FileImportKind,
  FileImportResult,
  OparlImportJobView,
  OparlImportRequest,
  OparlImportStarted,
  PatchMotionRequest,
  UserView,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { ApiError, NetworkError } from './api-errors';
import { sessionStore } from './session';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = response.statusText || `HTTP ${response.status}`;
  let code: ApiErrorCode | null = null;
  try {
    const body: unknown = await response.json();
    if (isErrorBody(body)) {
      message = Array.isArray(body.message) ? body.message.join(', ') : body.message;
      code = typeof body.code === 'string' ? body.code : null;
    }
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(response.status, message, code);
}

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = sessionStore.get()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  // A file upload (FormData) gets its multipart type with the boundary from the browser.
  const form = body instanceof FormData ? body : null;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    // An expired or revoked token sends the user back to the login page.
    if (response.status === 401 && token) sessionStore.clear();
    throw error;
  }
  return response;
}

/** Reads an answer's body; a connection lost while it streams is a network error too. */
async function readBody<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw cause instanceof TypeError ? new NetworkError(cause) : cause;
  }
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  return readBody(() => response.json() as Promise<T>);
}

/** A file download (CSV): fetched with the bearer header, handed over as a Blob. */
async function download(path: string): Promise<Blob> {
  const response = await send('GET', path);
  return readBody(() => response.blob());
}

export type HistoryExportFile = 'votes.csv' | 'ballots.csv' | 'votes.json' | 'ballots.json';

type QueryParams = Record<string, string | number | boolean | undefined>;

function query(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The one typed API client: every call returns a shared contract type. */
export const api = {
  login: (body: LoginRequest) => request<LoginResponse>('POST', '/auth/login', body),
  logout: () => request<void>('POST', '/auth/logout'),
  me: () => request<UserView>('GET', '/auth/me'),
  council: () => request<CouncilView>('GET', '/council'),
  members: () => request<MemberView[]>('GET', '/council/members'),
  majorityOptions: (params: MajorityOptionsQuery) =>
    request<MajorityOptionsResponse>('GET', `/majority/options${query(params)}`),

  motions: (params: MotionListQuery = {}) =>
    request<MotionView[]>('GET', `/motions${query(params)}`),
  motion: (id: number) => request<MotionView>('GET', `/motions/${id}`),
  createMotion: (body: CreateMotionRequest) => request<MotionView>('POST', '/motions', body),
  patchMotion: (id: number, body: PatchMotionRequest) =>
    request<MotionView>('PATCH', `/motions/${id}`, body),
  whip: (id: number) => request<WhipEntryView[]>('GET', `/motions/${id}/whip`),
  putWhip: (id: number, groupKey: string, body: WhipEntryRequest) =>
    request<WhipEntryView>('PUT', `/motions/${id}/whip/${encodeURIComponent(groupKey)}`, body),
  whipHistory: (id: number) => request<WhipHistoryEntry[]>('GET', `/motions/${id}/whip/history`),
  tally: (id: number) => request<MotionTallyResponse>('GET', `/motions/${id}/tally`),
  consultations: (id: number) => request<ConsultationView[]>('GET', `/motions/${id}/consultations`),
  addConsultation: (id: number, body: CreateConsultationRequest) =>
    request<ConsultationView>('POST', `/motions/${id}/consultations`, body),
  removeConsultation: (stepId: number, version: number) =>
    request<void>('DELETE', `/consultations/${stepId}`, { version }),
  stepWhip: (stepId: number) => request<WhipEntryView[]>('GET', `/consultations/${stepId}/whip`),
  putStepWhip: (stepId: number, groupKey: string, body: WhipEntryRequest) =>
    request<WhipEntryView>(
      'PUT',
      `/consultations/${stepId}/whip/${encodeURIComponent(groupKey)}`,
      body,
    ),
  stepWhipHistory: (stepId: number) =>
    request<WhipHistoryEntry[]>('GET', `/consultations/${stepId}/whip/history`),
  stepTally: (stepId: number) =>
    request<MotionTallyResponse>('GET', `/consultations/${stepId}/tally`),
  stepVotes: (stepId: number) =>
    request<RecordedVoteView[]>('GET', `/consultations/${stepId}/votes`),
  votes: (id: number) => request<RecordedVoteView[]>('GET', `/motions/${id}/votes`),
  recordVote: (id: number, body: RecordVoteRequest) =>
    request<RecordedVoteView>('POST', `/motions/${id}/votes`, body),
  /** Voids a recorded vote (admin): it stays on record, its motion reopens. */
  voidVote: (voteId: number, body: VoidVoteRequest) =>
    request<RecordedVoteView>('DELETE', `/votes/${voteId}`, body),
  putPledges: (id: number, pledgeIds: number[]) =>
    request<MotionPledgesView>('PUT', `/motions/${id}/pledges`, { pledgeIds }),
  motionPledges: (id: number) => request<MotionPledgesView>('GET', `/motions/${id}/pledges`),

  history: {
    votes: (params: HistoryQuery) =>
      request<HistoryVoteView[]>('GET', `/history/votes${query(params)}`),
    vote: (id: number) => request<HistoryVoteDetail>('GET', `/history/votes/${id}`),
    summary: (params: HistoryQuery) =>
      request<HistorySummary>('GET', `/history/summary${query(params)}`),
    groups: (params: HistoryQuery) =>
      request<GroupHistoryRow[]>('GET', `/history/groups${query(params)}`),
    members: (params: HistoryQuery) =>
      request<MemberHistoryRow[]>('GET', `/history/members${query(params)}`),
    accuracy: (params: HistoryQuery) =>
      request<AccuracyRow[]>('GET', `/history/accuracy${query(params)}`),
    /**
     * The exports (CSV for spreadsheets, JSON) as a Blob: `votes.csv`, `ballots.json`, … A CSV
     * takes the spreadsheet's language (`lang`, German unless English is asked for).
     */
    file: (name: HistoryExportFile, params: HistoryQuery, lang?: 'de' | 'en') =>
      download(`/history/${name}${query({ ...params, lang })}`),
  },

  meetings: () => request<MeetingView[]>('GET', '/meetings'),
  meeting: (id: number) => request<MeetingDetailView>('GET', `/meetings/${id}`),
  createMeeting: (body: CreateMeetingRequest) =>
    request<MeetingDetailView>('POST', '/meetings', body),
  addAgendaItem: (meetingId: number, body: CreateAgendaItemRequest) =>
    request<AgendaItemView>('POST', `/meetings/${meetingId}/items`, body),
  draft: (meetingId: number, itemId: number) =>
    request<DraftView>('GET', `/meetings/${meetingId}/items/${itemId}/draft`),
  putDraft: (meetingId: number, itemId: number, body: DraftEntryRequest) =>
    request<DraftView>('PUT', `/meetings/${meetingId}/items/${itemId}/draft`, body),
  closeVote: (meetingId: number, itemId: number, body: CloseDraftRequest = {}) =>
    request<RecordedVoteView>('POST', `/meetings/${meetingId}/items/${itemId}/draft/close`, body),

  agreementChapters: () => request<ChapterView[]>('GET', '/agreement/chapters'),
  pledges: () => request<PledgeView[]>('GET', '/agreement/pledges'),
  agreementProgress: () => request<ChapterProgress[]>('GET', '/agreement/progress'),

  startOparlImport: (body: OparlImportRequest) =>
    request<OparlImportStarted>('POST', '/admin/oparl/import', body),
  oparlImportJob: (jobId: string) =>
    request<OparlImportJobView>('GET', `/admin/oparl/import/${encodeURIComponent(jobId)}`),
  /** CSV or XLSX: `kind` and `dryRun` ride along as form fields. */
  importFile: (file: File, kind: FileImportKind, dryRun: boolean) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('dryRun', String(dryRun));
    form.append('file', file);
    return request<FileImportResult>('POST', '/admin/imports/file', form);
  },
  createUser: (body: CreateUserRequest) => request<UserAccountView>('POST', '/users', body),
  users: () => request<UserAccountView[]>('GET', '/users'),
  patchUser: (id: number, body: PatchUserRequest) =>
    request<UserAccountView>('PATCH', `/users/${id}`, body),
  resetPassword: (id: number, body: ResetPasswordRequest) =>
    request<void>('POST', `/users/${id}/password`, body),
  /** The signed-in user's own password; their other sessions end. */
  changeOwnPassword: (body: ChangePasswordRequest) => request<void>('POST', '/auth/password', body),
  createGroup: (body: CreateGroupRequest) => request<GroupView>('POST', '/council/groups', body),
  patchGroup: (key: string, body: PatchGroupRequest) =>
    request<GroupView>('PATCH', `/council/groups/${encodeURIComponent(key)}`, body),
  createMember: (body: CreateMemberRequest) =>
    request<MemberView>('POST', '/council/members', body),
  patchMember: (id: number, body: PatchMemberRequest) =>
    request<MemberView>('PATCH', `/council/members/${id}`, body),
  leaveCouncil: (id: number, body: LeaveCouncilRequest) =>
    request<MemberView>('POST', `/council/members/${id}/leave`, body),
  audit: (params: AuditQuery) => request<AuditPage>('GET', `/admin/audit${query(params)}`),
  bodies: () => request<BodySummary[]>('GET', '/bodies'),
  /** A body on `date` (default today: the server's). */
  body: (key: string, date?: string) =>
    request<BodyView>('GET', `/bodies/${encodeURIComponent(key)}${query({ date })}`),
  bodyMembers: (key: string, date?: string) =>
    request<BodyMemberView[]>(
      'GET',
      `/bodies/${encodeURIComponent(key)}/members${query({ date })}`,
    ),
  createBody: (body: CreateBodyRequest) => request<BodySummary>('POST', '/bodies', body),
  patchBody: (key: string, body: PatchBodyRequest) =>
    request<BodySummary>('PATCH', `/bodies/${encodeURIComponent(key)}`, body),
  addBodyMember: (key: string, body: AddBodyMemberRequest) =>
    request<BodyMemberView>('POST', `/bodies/${encodeURIComponent(key)}/members`, body),
  patchBodyMember: (key: string, id: number, body: PatchBodyMemberRequest) =>
    request<BodyMemberView>('PATCH', `/bodies/${encodeURIComponent(key)}/members/${id}`, body),
};

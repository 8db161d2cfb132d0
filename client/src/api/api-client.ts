import type {
  ApiError as ApiErrorBody,
  CouncilView,
  CreateMotionRequest,
  CreateUserRequest,
  LoginRequest,
  LoginResponse,
  MajorityOptionsQuery,
  MajorityOptionsResponse,
  MemberView,
  MotionListQuery,
  MotionTallyResponse,
  MotionView,
  OparlImportJobView,
  OparlImportRequest,
  OparlImportStarted,
  PatchMotionRequest,
  UserView,
  WhipEntryRequest,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { sessionStore } from './session';
import type {
  AgreementChapterView,
  ChapterProgress,
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  DraftRequest,
  HistoryAccuracyRow,
  HistoryGroupRow,
  HistoryMemberRow,
  HistoryQuery,
  HistorySummary,
  HistoryVote,
  LiveDraftView,
  MeetingView,
  RecordedVoteView,
  RecordVoteRequest,
} from './pending-contract';

/** An HTTP error with the server's own message (api.md error shape). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The text of anything thrown (an ApiError carries the server's message). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    if (isErrorBody(body)) {
      message = Array.isArray(body.message) ? body.message.join(', ') : body.message;
    }
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(response.status, message);
}

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = sessionStore.get()?.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const error = await errorFrom(response);
    // An expired or revoked token sends the user back to the login page.
    if (response.status === 401 && token) sessionStore.clear();
    throw error;
  }
  return response;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file download (CSV): fetched with the bearer header, handed over as a Blob. */
async function download(path: string): Promise<Blob> {
  return (await send('GET', path)).blob();
}

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
  votes: (id: number) => request<RecordedVoteView[]>('GET', `/motions/${id}/votes`),
  recordVote: (id: number, body: RecordVoteRequest) =>
    request<RecordedVoteView>('POST', `/motions/${id}/votes`, body),
  putPledges: (id: number, pledgeIds: number[]) =>
    request<unknown>('PUT', `/motions/${id}/pledges`, { pledgeIds }),

  history: {
    votes: (params: HistoryQuery) =>
      request<HistoryVote[]>('GET', `/history/votes${query(params)}`),
    summary: (params: HistoryQuery) =>
      request<HistorySummary>('GET', `/history/summary${query(params)}`),
    groups: (params: HistoryQuery) =>
      request<HistoryGroupRow[]>('GET', `/history/groups${query(params)}`),
    members: (params: HistoryQuery & { groupKey?: string }) =>
      request<HistoryMemberRow[]>('GET', `/history/members${query(params)}`),
    accuracy: (params: HistoryQuery) =>
      request<HistoryAccuracyRow[]>('GET', `/history/accuracy${query(params)}`),
    csv: (kind: 'votes' | 'ballots', params: HistoryQuery) =>
      download(`/history/${kind}.csv${query(params)}`),
  },

  meetings: () => request<MeetingView[]>('GET', '/meetings'),
  meeting: (id: number) => request<MeetingView>('GET', `/meetings/${id}`),
  createMeeting: (body: CreateMeetingRequest) => request<MeetingView>('POST', '/meetings', body),
  addAgendaItem: (meetingId: number, body: CreateAgendaItemRequest) =>
    request<MeetingView>('POST', `/meetings/${meetingId}/items`, body),
  draft: (meetingId: number, itemId: number) =>
    request<LiveDraftView>('GET', `/meetings/${meetingId}/items/${itemId}/draft`),
  putDraft: (meetingId: number, itemId: number, body: DraftRequest) =>
    request<LiveDraftView>('PUT', `/meetings/${meetingId}/items/${itemId}/draft`, body),
  closeVote: (meetingId: number, itemId: number) =>
    request<RecordedVoteView>('POST', `/meetings/${meetingId}/items/${itemId}/close`),

  agreementChapters: () => request<AgreementChapterView[]>('GET', '/agreement/chapters'),
  agreementProgress: () => request<ChapterProgress[]>('GET', '/agreement/progress'),

  startOparlImport: (body: OparlImportRequest) =>
    request<OparlImportStarted>('POST', '/admin/oparl/import', body),
  oparlImportJob: (jobId: string) =>
    request<OparlImportJobView>('GET', `/admin/oparl/import/${encodeURIComponent(jobId)}`),
  createUser: (body: CreateUserRequest) => request<UserView>('POST', '/users', body),
};

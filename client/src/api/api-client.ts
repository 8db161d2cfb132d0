import type {
  ApiError as ApiErrorBody,
  CouncilView,
  LoginRequest,
  LoginResponse,
  MajorityOptionsQuery,
  MajorityOptionsResponse,
  MemberView,
  UserView,
} from '@mehrheitsplaner/shared';
import { sessionStore } from './session';

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

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
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
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, value);
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
};

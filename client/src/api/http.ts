import createClient from 'openapi-fetch';
import { ApiError, humanMessage } from './errors';
import type { paths } from './schema';
import { loadSession, saveSession, sessionFromTokens } from './session';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called when the session ends on the server side (refresh refused). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export function accessToken(): string | undefined {
  return loadSession()?.accessToken;
}

let refreshing: Promise<boolean> | undefined;

/** One refresh at a time, shared by every request that hit an expired token. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = loadSession();
    if (!session?.refreshToken) return false;
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    }).catch(() => undefined);
    if (!response?.ok) return false;
    saveSession(sessionFromTokens((await response.json()) as Record<string, unknown>));
    return true;
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

function authHeaders(): Record<string, string> {
  const token = accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * The typed client generated from the desk's OpenAPI document. Every call
 * carries the access token and is retried once after a token refresh.
 */
export const api = createClient<paths>({
  baseUrl: '',
  fetch: (request: Request) => withRefresh(request),
});

async function withRefresh(request: Request): Promise<Response> {
  const retry = request.clone();
  const first = await send(request);
  if (first.status !== 401 || !loadSession()?.refreshToken) return first;
  if (!(await refreshSession())) {
    signOutLocally();
    return first;
  }
  return send(retry);
}

function send(request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);
  // API answers are live data: never revalidate from the HTTP cache (a ticket's
  // ETag names its version, which evidence and assignment changes do not bump).
  return fetch(new Request(request, { headers, cache: 'no-store' }));
}

export function signOutLocally(): void {
  saveSession(undefined);
  for (const listener of signedOutListeners) listener();
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | string[]>;
  ifMatch?: number;
  signal?: AbortSignal;
}

/**
 * Plain JSON request with the same token handling and problem mapping as the
 * typed client; used where a payload is built dynamically.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, v));
    else url.searchParams.set(key, String(value));
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  let response: Response;
  try {
    response = await withRefresh(
      new Request(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      }),
    );
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', humanMessage('network'));
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

interface ProblemBody {
  code?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
  requestId?: string;
}

export async function problemOf(response: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    body = (await response.json()) as ProblemBody;
  } catch {}
  return problemFrom(response.status, body);
}

export function problemFrom(status: number, raw: unknown): ApiError {
  const body = (raw && typeof raw === 'object' ? raw : {}) as ProblemBody;
  const code = body.code ?? (status === 404 ? 'not_found' : status >= 500 ? 'internal_error' : 'unprocessable');
  return new ApiError(status, code, humanMessage(code, body.detail), body.errors ?? [], body.requestId);
}

/** Unwraps a typed-client call: its data, or an ApiError in words. */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', humanMessage('network'));
  }
  if (!result.response.ok) throw problemFrom(result.response.status, result.error);
  return result.data as T;
}

import { env } from '@/config/env';
import { clearToken, getToken } from './auth-token';

export type FieldErrors = Record<string, string[]>;

/** A failed call, carrying the RFC 9457 problem details the backend sends. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldErrors;

  constructor(init: { status: number; type?: string; title?: string; detail?: string; fieldErrors?: FieldErrors }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title ?? `HTTP ${init.status}`;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
  }

  /** 412: someone else saved in between; the caller should reload before saving again. */
  get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Query = Record<string, string | number | boolean | undefined | null | readonly (string | number)[]>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  query?: Query;
  /** JSON body (default) or a form (URLSearchParams) or raw text such as CSV. */
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  ifMatch?: string | null;
  accept?: string;
  signal?: AbortSignal;
};

export type ApiResponse<T> = { data: T; etag: string | null; status: number };

function buildUrl(path: string, query?: Query): string {
  // Absolute against the page origin so the same code works in the browser and in jsdom tests.
  const url = new URL(`${env.apiBaseUrl}${path}`, globalThis.location?.origin ?? 'http://localhost');
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, String(v)));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export async function parseProblem(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  let body: Record<string, unknown> = {};
  if (contentType.includes('json')) {
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      body = {};
    }
  }
  const fieldErrors: FieldErrors = {};
  const errors = Array.isArray(body.errors) ? body.errors : [];
  for (const item of errors) {
    if (item && typeof item === 'object') {
      const { field, message } = item as { field?: unknown; message?: unknown };
      const key = typeof field === 'string' && field !== '' ? field : '_';
      (fieldErrors[key] ??= []).push(typeof message === 'string' ? message : String(message));
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return new ApiError({
    status: response.status,
    type: str(body.type),
    title: str(body.title) ?? response.statusText,
    detail: str(body.detail),
    fieldErrors,
  });
}

/** The one place that talks HTTP: adds the token, encodes bodies, turns problems into ApiError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json', ...options.headers };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;

  let body: BodyInit | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form);
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  } else if (typeof options.body === 'string') {
    body = options.body;
    headers['Content-Type'] ??= 'text/csv';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }

  const response = await fetch(buildUrl(path, options.query), {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    signal: options.signal,
  });

  if (!response.ok) {
    // An expired or revoked token must not keep failing every call silently.
    if (response.status === 401 && token) clearToken();
    throw await parseProblem(response);
  }
  const etag = response.headers.get('ETag');
  if (response.status === 204) return { data: undefined as T, etag, status: 204 };
  const contentType = response.headers.get('content-type') ?? '';
  const data = (contentType.includes('json') ? await response.json() : await response.text()) as T;
  return { data, etag, status: response.status };
}

export const api = {
  get: async <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    (await request<T>(path, { ...options, method: 'GET' })).data,
  post: async <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    (await request<T>(path, { ...options, body, method: 'POST' })).data,
  put: async <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    (await request<T>(path, { ...options, body, method: 'PUT' })).data,
  request,
};

// The app's only way to the server: JSON over fetch, with the catalogue's error message surfaced as thrown text.
import type {
  ApiEvent,
  ApiGraph,
  ApiMap,
  ApiTrends,
  CountsApart,
  DocumentWithRecord,
  Page,
  ReviewEntry,
  Stats,
  TimelineEntry,
} from "./api-types.ts";

const TOKEN_KEY = "dyad-token";

export function savedToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? "";
}

export function saveToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = savedToken();
  const headers = new Headers(init.headers);
  if (token && init.method && init.method !== "GET") headers.set("authorization", `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? { code: "http_error", message: `${response.status} ${response.statusText}` };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body as T;
}

type Parameters = Record<string, string | number | undefined>;

function query(parameters: Parameters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters))
    if (value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export const api = {
  stats: () => request<Stats>("/api/stats"),
  graph: (parameters: Parameters = {}) => request<ApiGraph>(`/api/graph${query(parameters)}`),
  trends: (parameters: Parameters = {}) => request<ApiTrends>(`/api/trends${query(parameters)}`),
  trendsCsvUrl: (parameters: Parameters = {}) => `/api/trends${query({ ...parameters, format: "csv" })}`,
  map: (parameters: Parameters = {}) => request<ApiMap>(`/api/map${query(parameters)}`),
  timeline: (a: string, b: string, parameters: Parameters = {}) =>
    request<{ a: string; b: string; entries: TimelineEntry[]; apart: CountsApart }>(
      `/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline${query(parameters)}`,
    ),
  events: (parameters: Record<string, string | number | undefined>) =>
    request<Page<ApiEvent>>(`/api/events${query(parameters)}`),
  documents: (parameters: Record<string, string | number | undefined>) =>
    request<Page<DocumentWithRecord>>(`/api/documents${query(parameters)}`),
  document: (id: number) => request<DocumentWithRecord>(`/api/documents/${id}`),
  eventReviews: (id: number) => request<{ items: ReviewEntry[] }>(`/api/events/${id}/reviews`),
  reviews: (parameters: Parameters = {}) => request<Page<ReviewEntry>>(`/api/reviews${query(parameters)}`),
  review: (id: number, body: Record<string, unknown>) =>
    request<ApiEvent>(`/api/events/${id}/review`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
  ingest: (body: Record<string, string>) =>
    request<{ documentId: number; stored: boolean; events: number }>("/api/documents", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    }),
};

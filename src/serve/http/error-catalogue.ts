// Every error the HTTP API can answer, in one place: a stable code, its status, and what the client should do.
// Clients branch on `code`; `message` names the input and the problem. Stack traces never leave the server.
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const ERROR_CATALOGUE = {
  invalid_request: { status: 400, hint: "Fix the named parameter or body field and retry." },
  invalid_url: { status: 400, hint: "Percent-encode the URL correctly (%XX with two hex digits, UTF-8)." },
  host_not_allowed: {
    status: 400,
    hint: "Use the address the server listens on, or start it with --allow-host NAME for each name it serves.",
  },
  invalid_article: { status: 422, hint: "Send UTF-8 text, an HTML page, or JSON with a non-empty `text`." },
  unauthorized: { status: 401, hint: "Send `Authorization: Bearer <DYAD_TOKEN>`." },
  read_only: { status: 403, hint: "This server has no DYAD_TOKEN configured, so it only answers reads." },
  not_found: { status: 404, hint: "Check the id or path; list endpoints show what exists." },
  payload_too_large: { status: 413, hint: "Send a smaller body, or ingest large corpora with `dyad ingest`." },
  unsupported_media_type: {
    status: 415,
    hint: "Use Content-Type text/plain, text/html or application/json.",
  },
  internal: { status: 500, hint: "The server logged the cause; retry, and report it if it persists." },
} as const satisfies Record<string, { status: ContentfulStatusCode; hint: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; hint: string };
}

/** Thrown by routes and middleware; the error handler turns it into the catalogue's status and JSON body. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "HttpError";
    this.code = code;
  }
  get status(): ContentfulStatusCode {
    return ERROR_CATALOGUE[this.code].status;
  }
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, hint: ERROR_CATALOGUE[this.code].hint } };
  }
}

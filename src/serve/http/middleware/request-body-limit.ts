// Caps request bodies (by Content-Length and by bytes actually read) so one request cannot exhaust memory.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HttpError } from "../error-catalogue.ts";

export const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export function requestBodyLimit(maxBytes: number = DEFAULT_BODY_LIMIT_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      throw new HttpError("payload_too_large", `${c.req.method} ${c.req.path}: body is larger than ${maxBytes} bytes`);
    },
  });
}

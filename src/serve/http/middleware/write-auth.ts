// Writes need the bearer token from DYAD_TOKEN. With no token configured the server is read-only:
// every write answers 403, so a server started without thinking about auth can never be written to.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "../error-catalogue.ts";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function writeAuth(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token) : null;
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    if (!expected) throw new HttpError("read_only", `${c.req.method} ${c.req.path}: this server is read-only`);
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new HttpError("unauthorized", `${c.req.method} ${c.req.path}: missing bearer token`);
    const given = Buffer.from(match[1].trim());
    // Constant-time comparison so response timing does not leak the token.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpError("unauthorized", `${c.req.method} ${c.req.path}: the bearer token is not valid`);
    }
    return next();
  };
}

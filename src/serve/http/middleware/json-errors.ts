// Turns every failure into the catalogue's JSON shape. Unknown errors are logged here, on the server,
// and the client gets only `internal` with no message from the exception (it may hold paths or SQL).
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { UnknownActorError } from "../../aggregate/actor-resolver.ts";
import { FilterInputError } from "../../aggregate/event-selection.ts";
import { HttpError } from "../error-catalogue.ts";

export function jsonErrorHandler(log: (error: unknown, c: Context) => void = defaultLog): ErrorHandler {
  return (error, c) => {
    if (error instanceof HttpError) return c.json(error.toBody(), error.status);
    // What the analyst asked for names no actor, or an impossible selection: the input's mistake.
    if (error instanceof FilterInputError || error instanceof UnknownActorError) {
      const bad = new HttpError("invalid_request", `${c.req.method} ${c.req.path}: ${error.message}`);
      return c.json(bad.toBody(), bad.status);
    }
    if (error instanceof HTTPException && error.status === 413) {
      const tooLarge = new HttpError("payload_too_large", `${c.req.method} ${c.req.path}: body too large`);
      return c.json(tooLarge.toBody(), tooLarge.status);
    }
    // The OpenAPI body validator refuses an undeclared Content-Type with a plain 400 of this message.
    if (error instanceof HTTPException && /unsupported media type/i.test(error.message)) {
      const type = c.req.header("content-type") ?? "(none)";
      const unsupported = new HttpError(
        "unsupported_media_type",
        `${c.req.method} ${c.req.path}: Content-Type ${type}`,
      );
      return c.json(unsupported.toBody(), unsupported.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const bad = new HttpError("invalid_request", `${c.req.method} ${c.req.path}: ${error.message || "bad request"}`);
      return c.json(bad.toBody(), bad.status);
    }
    log(error, c);
    const internal = new HttpError("internal", `${c.req.method} ${c.req.path} failed on the server`);
    return c.json(internal.toBody(), internal.status);
  };
}

export const jsonNotFound: NotFoundHandler = (c) => {
  const notFound = new HttpError("not_found", `${c.req.method} ${c.req.path}: no such route`);
  return c.json(notFound.toBody(), notFound.status);
};

function defaultLog(error: unknown, c: Context): void {
  console.error(`dyad serve: ${c.req.method} ${c.req.path} failed:`, error);
}

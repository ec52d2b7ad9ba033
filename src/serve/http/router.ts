// Every route group is an OpenAPIHono router made here, so all of them answer invalid input the same way.
import { OpenAPIHono } from "@hono/zod-openapi";
import { HttpError } from "./error-catalogue.ts";

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues
        .map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`)
        .join("; ");
      throw new HttpError("invalid_request", `${c.req.method} ${c.req.path}: ${problems}`);
    },
  });
}

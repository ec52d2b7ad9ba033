import type { OpenAPIHono } from "@hono/zod-openapi";
import { newRouter } from "../router.ts";
import type { ServeContext } from "../serve-context.ts";

export function reviewRoutes(_context: ServeContext): OpenAPIHono {
  return newRouter();
}

/**
 * Route definitions: one object per operation holds its method, path, the zod
 * schemas of what it takes and answers, and examples. The OpenAPI document
 * (src/openapi/) is generated from these objects and the handlers validate
 * with the same schemas; a test checks that the routes the app serves and the
 * routes the document describes are the same set.
 */
import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { Env, Handler, Hono } from "hono";

export type ApiRoute = RouteConfig;

/** Identity: gives a route literal its type (and keeps its literal schemas). */
export function defineRoute<const R extends ApiRoute>(route: R): R {
  return route;
}

/** The Hono path of an OpenAPI path (`/v1/reviews/{id}` → `/v1/reviews/:id`), relative to `base`. */
export function honoPath(path: string, base = ""): string {
  if (!path.startsWith(base)) throw new Error(`route ${path} is not under ${base}`);
  return path.slice(base.length).replace(/\{([^}]+)\}/g, ":$1") || "/";
}

/** Serves `handler` at `route`'s method and path on `app`, which is mounted at `base`. */
export function mount<E extends Env>(app: Hono<E>, base: string, route: ApiRoute, handler: Handler<E>): Hono<E> {
  app.on(route.method.toUpperCase(), honoPath(route.path, base), handler);
  return app;
}

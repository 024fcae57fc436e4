/**
 * Route definitions of the API's own description: the OpenAPI document and
 * the reference page rendered from it.
 */
import * as z from "zod";
import { defineRoute } from "../api/route.js";

export const openApiRoute = defineRoute({
  method: "get",
  path: "/openapi.json",
  tags: ["Service"],
  summary: "This API, in OpenAPI 3.1",
  description: "Generated from the same route definitions and zod schemas the handlers validate with.",
  responses: { 200: { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
});

export const docsRoute = defineRoute({
  method: "get",
  path: "/docs",
  tags: ["Service"],
  summary: "The API reference, as a page",
  description: "The OpenAPI document rendered as HTML by the app itself (no scripts, nothing loaded from elsewhere).",
  responses: { 200: { description: "An HTML page.", content: { "text/html": { schema: z.string() } } } },
});

export const OPENAPI_ROUTES = [openApiRoute, docsRoute];

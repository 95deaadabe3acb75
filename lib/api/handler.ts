/**
 * The one wrapper every /api/v1 route handler is built from (the v1
 * counterpart of lib/http/route.ts):
 *   bearer token → actor (401) → rate limit per token (429, Retry-After) →
 *   permission from the table (403, audited) → zod params / query / body
 *   (422 with field messages in Russian) → handler, which loads records
 *   through the scope builders (outside the scope: 404, audited) → the
 *   response parsed by the endpoint's zod schema (the shape in the OpenAPI
 *   document is the shape served). Unexpected errors: 500 with a request id,
 *   logged. Browser session cookies are not accepted here (decision 030).
 */
import "server-only";
import type { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { auditDenial, CROSS_SITE_MESSAGE, errorResponse, isSameOrigin } from "@/lib/http/route";
import { issuesByPath } from "@/lib/actions/validation-shape";
import { logger } from "@/lib/logger";
import "@/lib/validation";
import { isJsonResponse, paramSuffixes, type AnyEndpoint } from "./endpoint";
import { hitRateLimit } from "./rate-limit";
import { authenticateToken } from "./token-auth";

export const RATE_LIMITED_MESSAGE = "Слишком много запросов с этим токеном. Повторите попытку позже.";
export const INVALID_INPUT_MESSAGE = "Неверные параметры запроса.";

type Location = "params" | "query" | "body";

function parseOrThrow(where: Location, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError("VALIDATION", INVALID_INPUT_MESSAGE, { details: { [where]: issuesByPath(result.error.issues) } });
}

class TooLarge extends Error {
  constructor(readonly limit: number) {
    super("body too large");
  }
}

/** `notFound()` / `forbidden()` thrown by a shared page query: the same 404 / 403 as an AppError. */
function fromNavigationError(error: unknown, path: string): AppError | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return new AppError("NOT_FOUND", undefined, { denied: true, details: { path } });
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return new AppError("FORBIDDEN", undefined, { details: { path } });
  return null;
}

export const TOO_LARGE_MESSAGE = "Слишком большой запрос.";

async function readBody(endpoint: AnyEndpoint, request: Request): Promise<unknown> {
  if (!endpoint.body) return undefined;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (endpoint.maxBodyBytes && length > endpoint.maxBodyBytes) throw new TooLarge(endpoint.maxBodyBytes);
  try {
    if (endpoint.body.contentType === "application/json") return await request.json();
    const form = await request.formData();
    const out: Record<string, unknown> = {};
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key);
      out[key] = values.length === 1 ? values[0] : values;
    }
    return out;
  } catch {
    throw new AppError("VALIDATION", "Тело запроса не удалось прочитать.", { details: { body: { "": [`Ожидается ${endpoint.body.contentType}`] } } });
  }
}

/** Path parameters with their declared file suffix stripped; a wrong suffix is a 404. */
function pathParams(endpoint: AnyEndpoint, raw: Record<string, string | string[]>): Record<string, string | string[]> {
  const out = { ...raw };
  for (const [name, suffix] of Object.entries(paramSuffixes(endpoint.path))) {
    const value = out[name];
    if (typeof value !== "string" || !value.endsWith(suffix)) throw new AppError("NOT_FOUND");
    out[name] = value.slice(0, -suffix.length);
  }
  return out;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiRouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { endpoint: AnyEndpoint };

export function apiRoute(endpoint: AnyEndpoint): ApiRouteHandler {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const requestId = crypto.randomUUID();
    const headers = new Headers({ "Cache-Control": "no-store", "X-Request-Id": requestId });
    let actor: Actor | undefined;
    try {
      // A browser page of another site must not make a state-changing call (decision 055).
      if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE, { denied: false });
      if (endpoint.permission !== null) {
        const auth = await authenticateToken(request);
        actor = auth.actor;
        const rate = await hitRateLimit(getDb(), `token:${auth.tokenId}`);
        headers.set("X-RateLimit-Limit", String(rate.limit));
        headers.set("X-RateLimit-Remaining", String(rate.remaining));
        if (!rate.allowed) {
          headers.set("Retry-After", String(rate.retryAfter));
          throw new AppError("RATE_LIMITED", RATE_LIMITED_MESSAGE, { details: { retryAfter: rate.retryAfter } });
        }
        assertCan(actor, endpoint.permission);
      }
      const url = new URL(request.url);
      const params = parseOrThrow("params", endpoint.params, pathParams(endpoint, (await context.params) ?? {}));
      const query = parseOrThrow("query", endpoint.query, Object.fromEntries(url.searchParams));
      const body = parseOrThrow("body", endpoint.body?.schema, await readBody(endpoint, request));
      const result = await endpoint.handler({ actor: actor ?? null, params, query, body, request });
      if (result instanceof Response) {
        for (const [key, value] of headers) if (!result.headers.has(key)) result.headers.set(key, value);
        return result;
      }
      if (!isJsonResponse(endpoint.response)) throw new Error(`${endpoint.name}: a file endpoint must return a Response`);
      const parsed = endpoint.response.schema.safeParse(result);
      if (!parsed.success) throw new Error(`${endpoint.name}: response does not match its schema: ${parsed.error.message}`);
      return Response.json(parsed.data, { status: endpoint.response.status ?? 200, headers });
    } catch (caught) {
      if (caught instanceof TooLarge) return errorResponse("PAYLOAD_TOO_LARGE", TOO_LARGE_MESSAGE, 413, { maxBytes: caught.limit }, headers);
      const error = isAppError(caught) ? caught : fromNavigationError(caught, new URL(request.url).pathname);
      if (error) {
        await auditDenial(actor, endpoint.name, error);
        if (error.status === 401) headers.set("WWW-Authenticate", 'Bearer realm="opora"');
        // Out-of-scope details (entity ids) are not echoed; a missing permission is named.
        const details = !error.denied || error.code === "FORBIDDEN" ? error.details : undefined;
        return errorResponse(error.code, error.message, error.status, details, headers);
      }
      logger.error({ err: caught, requestId, route: endpoint.name, actorId: actor?.userId }, "api request failed");
      return errorResponse("INTERNAL", `Внутренняя ошибка сервера. Код запроса для администратора: ${requestId}.`, 500, { requestId }, headers);
    }
  };
  return Object.assign(handler, { endpoint });
}

/**
 * One REST API endpoint as data: method, path, permission, zod schemas for
 * params / query / body / response, a Russian summary and the handler. The
 * same object serves the request (lib/api/handler.ts), the OpenAPI document
 * and the /api/docs page (lib/api/openapi.ts). Add an endpoint: define it
 * with `defineEndpoint`, list it in lib/api/v1/registry.ts, and export
 * `apiRoute(endpoint)` from the matching app/api/v1/…/route.ts.
 */
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export type JsonResponse<R extends Schema> = {
  /** 200 unless given (201 for a creation). */
  status?: 200 | 201;
  description: string;
  schema: R;
};

/** A non-JSON answer (a file): the handler returns a `Response` itself. */
export type FileResponse = { status?: 200; description: string; contentType: string };

export type EndpointContext<Perm, P, Q, B> = {
  /** The token's actor; null only on public endpoints. */
  actor: Perm extends null ? null : Actor;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  request: Request;
};

export type Endpoint<
  Perm extends Permission | null = Permission | null,
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> = {
  method: HttpMethod;
  /**
   * The OpenAPI path under /api/v1: `{name}` is the folder `[name]`;
   * `{name}.xlsx` is also the folder `[name]`, whose value must end in `.xlsx`
   * (stripped before `params` is parsed; otherwise 404).
   */
  path: `/${string}`;
  /** operationId, and the action name in `authz_denied` audit rows, e.g. `cycles.list`. */
  name: string;
  /** From the permission table; null = public (no token, no rate limit). */
  permission: Perm;
  /** Russian, one line. */
  summary: string;
  /** Russian, optional longer text (scope rules, units). */
  description?: string;
  /** Group on /api/docs and in the OpenAPI document (Russian). */
  tag: string;
  params?: P;
  query?: Q;
  /** JSON body, or `multipart/form-data` read with `request.formData()` into an object. */
  body?: B extends Schema ? { contentType: "application/json" | "multipart/form-data"; schema: B } : undefined;
  response: JsonResponse<R> | FileResponse;
  /** With a body: refuse a larger `Content-Length` with 413 before reading it (uploads). */
  maxBodyBytes?: number;
  /**
   * A whole request the domain refuses with a body of its own instead of the
   * error envelope (an import with invalid rows: 422 with every row's
   * errors). The handler returns that `Response` itself; documented as one of
   * the two shapes for the status.
   */
  rejected?: { status: 422 | 409; description: string; schema: Schema };
  /** Statuses beyond those derived from the entry (401/403/404/413/422/429/500), e.g. 409. */
  extraStatuses?: number[];
  handler: (ctx: EndpointContext<Perm, P, Q, B>) => Promise<z.input<R> | Response>;
};

/** Identity with inference: keeps the literal permission and the schemas' types. */
export function defineEndpoint<
  Perm extends Permission | null,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(endpoint: Endpoint<Perm, P, Q, B, R>): Endpoint<Perm, P, Q, B, R> {
  return endpoint;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<any, any, any, any, any>;

export function isJsonResponse(response: AnyEndpoint["response"]): response is JsonResponse<Schema> {
  return "schema" in response;
}

/** Parameters declared with a file suffix (`{register}.xlsx` → register: ".xlsx"). */
export function paramSuffixes(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of path.matchAll(/\{(\w+)\}(\.[A-Za-z0-9]+)(?=\/|$)/g)) out[m[1]] = m[2];
  return out;
}

/**
 * The statuses an endpoint may answer, derived from the entry: 401, 403 and
 * 429 with a token (a person without a role holds no permission at all), 404
 * with path parameters, 422 with parameters or a body, 413 with a body limit,
 * always 500.
 */
export function statusesOf(endpoint: AnyEndpoint): number[] {
  const out = new Set<number>([endpoint.response.status ?? 200]);
  if (endpoint.permission !== null) for (const s of [401, 403, 429]) out.add(s);
  if (endpoint.params) out.add(404);
  if (endpoint.params || endpoint.query || endpoint.body) out.add(422);
  if (endpoint.body && endpoint.maxBodyBytes) out.add(413);
  for (const s of endpoint.extraStatuses ?? []) out.add(s);
  if (endpoint.rejected) out.add(endpoint.rejected.status);
  out.add(500);
  return [...out].sort((a, b) => a - b);
}

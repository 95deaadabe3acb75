/**
 * The one wrapper every route handler is built from, the counterpart of the
 * action client: actor from the session (401) → permission from the table
 * (403, audited) → the handler, which loads records through a scope builder
 * (404, audited). Requests that change data must come from our own origin.
 * Errors answer `{"error":{"code","message","details"}}` with the AppError's
 * status; anything unexpected is logged with a request id and answered 500.
 */
import "server-only";
import { assertCan, primaryRole, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { requireActorOrThrow } from "@/lib/auth/session";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** Writes the `authz_denied` row for a denied AppError; never throws. */
export async function auditDenial(actor: Actor | undefined, action: string | undefined, error: AppError): Promise<void> {
  if (!error.denied || !actor) return;
  await writeAudit(getDb(), {
    action: "authz_denied",
    actorId: actor.userId,
    actorRole: primaryRole(actor),
    meta: { action, code: error.code, details: error.details },
  }).catch((e) => logger.error({ err: e }, "failed to audit a denial"));
}

export function errorResponse(code: string, message: string, status: number, details?: unknown, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status, headers });
}

export const CROSS_SITE_MESSAGE = "Запрос с другого сайта отклонён.";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A state-changing request from a browser must carry our own Origin. */
export function isSameOrigin(request: Request): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return true;
  const origin = request.headers.get("origin");
  if (!origin) return true; // not a browser (curl, API clients authenticate otherwise)
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

type Handler<P> = (ctx: { actor: Actor; request: Request; params: P }) => Promise<Response>;

export type RouteMeta = { name: string; permission: Permission };

/** The handler carries its `meta`, which the role × action matrix test reads (decision 050). */
export function route<P = Record<string, string>>(meta: RouteMeta, handler: Handler<P>) {
  const handle = async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let actor: Actor | undefined;
    try {
      if (!isSameOrigin(request)) throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE, { denied: false });
      actor = await requireActorOrThrow();
      assertCan(actor, meta.permission);
      return await handler({ actor, request, params: await context.params });
    } catch (error) {
      if (isAppError(error)) {
        await auditDenial(actor, meta.name, error);
        return errorResponse(error.code, error.message, error.status, error.details && !error.denied ? error.details : undefined);
      }
      const requestId = crypto.randomUUID();
      logger.error({ err: error, requestId, route: meta.name, actorId: actor?.userId }, "route failed");
      return errorResponse("INTERNAL", `Внутренняя ошибка. Код для администратора: ${requestId.slice(0, 8)}.`, 500);
    }
  };
  return Object.assign(handle, { meta });
}

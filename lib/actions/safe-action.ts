/**
 * The one action client every server action is built from. Each action is a
 * public POST endpoint, so the chain runs for every call:
 *   metadata (name + permission) → actor from the session (401) →
 *   permission from the table (403, audited) → zod input (Russian field
 *   errors, nothing written) → the action body, which loads records through a
 *   scope builder (404, audited) and writes with `mutate` (one transaction
 *   with its audit row) → revalidate.
 * Expected errors reach the form as `{ code, message }`; unexpected ones as a
 * generic message with a request id that is in the server log.
 */
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { requireActorOrThrow } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { auditDenial } from "@/lib/http/route";
import { logger } from "@/lib/logger";
import { withFieldDenials } from "./field-denial";
import { withActionIdempotency } from "./idempotency";
import "@/lib/validation";

export type ActionError = { code: string; message: string; requestId?: string };

const metadataSchema = z.object({
  /** Audit action name, e.g. `user.deactivate`. */
  name: z.string(),
  permission: z.enum(PERMISSIONS),
});

async function handleServerError(
  error: Error,
  utils: { ctx: object; metadata: z.infer<typeof metadataSchema> | undefined },
): Promise<ActionError> {
  const actor = (utils.ctx as { actor?: Actor }).actor;
  if (isAppError(error)) {
    await auditDenial(actor, utils.metadata?.name, error);
    return { code: error.code, message: error.message };
  }
  const requestId = crypto.randomUUID();
  logger.error({ err: error, requestId, action: utils.metadata?.name, actorId: actor?.userId }, "action failed");
  return {
    code: "INTERNAL",
    requestId,
    message: `Не удалось выполнить действие. Повторите попытку; если ошибка повторится, сообщите администратору код ${requestId.slice(0, 8)}.`,
  };
}

export type ActionMetadata = z.infer<typeof metadataSchema>;

/**
 * What each server action requires, read by the role × action matrix test
 * (tests/integration/action-matrix.test.ts, decision 050): every action built
 * by the clients below is recorded here with the very metadata the
 * permission middleware checks; `"public"` marks an action that runs without
 * a session. A function exported from a "use server" file that is missing
 * here fails that test.
 */
const ACTION_REQUIREMENTS = new WeakMap<object, ActionMetadata | "public">();

/** The metadata an action was built with, `"public"`, or undefined for a function no client built. */
export function actionRequirement(action: unknown): ActionMetadata | "public" | undefined {
  return typeof action === "function" ? ACTION_REQUIREMENTS.get(action) : undefined;
}

/** For a hand-written server action that must work without a session (sign-out). */
export function registerPublicAction<F extends (...args: never[]) => Promise<unknown>>(action: F): F {
  ACTION_REQUIREMENTS.set(action, "public");
  return action;
}

const BUILDER_METHODS = new Set(["use", "useValidated", "inputSchema", "bindArgsSchemas", "outputSchema"]);

/**
 * The client as is, except that `.metadata(m)` is remembered along the
 * builder chain and `.action()` / `.stateAction()` record the built action
 * with it. Nothing about how actions run changes.
 */
function recording<C extends object>(client: C, requirement: ActionMetadata | "public" | undefined): C {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (prop === "metadata") return recording(result as object, args[0] as ActionMetadata);
        if (prop === "action" || prop === "stateAction") {
          if (requirement) ACTION_REQUIREMENTS.set(result as object, requirement);
          return result;
        }
        return typeof prop === "string" && BUILDER_METHODS.has(prop) ? recording(result as object, requirement) : result;
      };
    },
  });
}

/** For the few actions that run before sign-in (the sign-in form itself). */
export const publicActionClient = recording(
  createSafeActionClient({
    defaultValidationErrorsShape: "flattened",
    handleServerError: (error) => handleServerError(error, { ctx: {}, metadata: undefined }),
  }),
  "public",
);

export const actionClient = recording(
  createSafeActionClient({
    defaultValidationErrorsShape: "flattened",
    defineMetadataSchema: () => metadataSchema,
    handleServerError,
  })
    // The actor goes into ctx first, so that a 403 below is audited with it.
    .use(async ({ next }) => next({ ctx: { actor: await requireActorOrThrow() } }))
    .use(async ({ next, ctx, metadata }) => {
      assertCan(ctx.actor, metadata.permission);
      return next();
    })
    // A select field naming another's record: a field error, audited once the action has ended.
    .use(async ({ next, ctx, metadata }) => withFieldDenials(ctx.actor, metadata.name, () => next()))
    // A form's idempotency key (create forms send one): the action's own mutate runs once per key.
    .use(async ({ next, clientInput, metadata }) => withActionIdempotency(clientInput, metadata.name, () => next())),
  // Until `.metadata()` names the permission, nothing is recorded: an action
  // built without it is reported by the matrix test.
  undefined,
);

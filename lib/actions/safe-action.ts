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

/** For the few actions that run before sign-in (the sign-in form itself). */
export const publicActionClient = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  handleServerError: (error) => handleServerError(error, { ctx: {}, metadata: undefined }),
});

export const actionClient = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  defineMetadataSchema: () => metadataSchema,
  handleServerError,
})
  // The actor goes into ctx first, so that a 403 below is audited with it.
  .use(async ({ next }) => next({ ctx: { actor: await requireActorOrThrow() } }))
  .use(async ({ next, ctx, metadata }) => {
    assertCan(ctx.actor, metadata.permission);
    return next();
  });

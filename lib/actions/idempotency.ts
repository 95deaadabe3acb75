/**
 * Server side of the idempotency key (see idempotency-key.ts).
 *
 * The action client's middleware takes the key from the raw input and keeps
 * it for the duration of the action (AsyncLocalStorage); the action's first
 * `mutate` consumes it: the first statement of its transaction
 * inserts the row `IdempotencyKey(key, actorId, action)` with ON CONFLICT DO
 * NOTHING. On PostgreSQL a second transaction with the same key waits at
 * that insert until the first one ends: committed → it reads the stored
 * result and returns it, writing nothing; rolled back → it goes on as the
 * first. The result is stored at the end of the same transaction, so a
 * failed change leaves no key and the form can be sent again.
 *
 * The stored key is the form's key plus a hash of the rest of the input: two
 * different inputs sent from one form render (one hook, several rows) are two
 * submissions; the same input sent twice is one.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { IDEMPOTENCY_FIELD, isIdempotencyKey } from "./idempotency-key";

type Pending = { key: string; action: string; used: boolean };
const pending = new AsyncLocalStorage<Pending>();

/** Keys older than this are deleted as new ones arrive: a retry comes within seconds, a reload gets a new key. */
const KEEP_MS = 24 * 60 * 60 * 1000;

const REUSED = "Эта форма уже была отправлена. Обновите страницу и заполните её заново.";

function fingerprint(input: unknown): string {
  const hash = createHash("sha256");
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    for (const [name, value] of input.entries()) {
      if (name === IDEMPOTENCY_FIELD) continue;
      hash.update(`${name}\u0000${typeof value === "string" ? value : `file:${value.name}:${value.size}`}\u0000`);
    }
  } else if (input && typeof input === "object") {
    const { [IDEMPOTENCY_FIELD]: _key, ...rest } = input as Record<string, unknown>;
    hash.update(JSON.stringify(rest) ?? "");
  }
  return hash.digest("hex").slice(0, 32);
}

function keyOf(input: unknown): string | null {
  const raw =
    typeof FormData !== "undefined" && input instanceof FormData
      ? input.get(IDEMPOTENCY_FIELD)
      : input && typeof input === "object"
        ? (input as Record<string, unknown>)[IDEMPOTENCY_FIELD]
        : undefined;
  return isIdempotencyKey(raw) ? `${raw.toLowerCase()}:${fingerprint(input)}` : null;
}

/** Runs an action's body with the key of its raw input (if it has a valid one) in scope. */
export function withActionIdempotency<T>(clientInput: unknown, action: string, run: () => Promise<T>): Promise<T> {
  const key = keyOf(clientInput);
  return key ? pending.run({ key, action, used: false }, run) : run();
}

/** The key and action name for the action's first `mutate` (a second mutate in the same call is not replayed). */
export function takeIdempotencyKey(): { key: string; action: string } | null {
  const current = pending.getStore();
  if (!current || current.used) return null;
  current.used = true;
  return { key: current.key, action: current.action };
}

export type Claim = { fresh: true } | { fresh: false; result: unknown };

/** Inside the change's transaction, before anything else. */
export async function claimIdempotencyKey(tx: Tx, key: string, actorId: string, action: string): Promise<Claim> {
  const { count } = await tx.idempotencyKey.createMany({ data: [{ key, actorId, action }], skipDuplicates: true });
  if (count === 1) return { fresh: true };
  const row = await tx.idempotencyKey.findUnique({ where: { key } });
  if (!row || row.actorId !== actorId || row.action !== action) throw new AppError("CONFLICT", REUSED);
  return { fresh: false, result: (row.result as { value?: unknown } | null)?.value };
}

/** At the end of the same transaction: the result a repeated submission gets; old keys go. */
export async function rememberIdempotentResult(tx: Tx, key: string, result: unknown): Promise<void> {
  const value = JSON.parse(JSON.stringify({ value: result }, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
  await tx.idempotencyKey.update({ where: { key }, data: { result: value } });
  await tx.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
}

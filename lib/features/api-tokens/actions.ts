"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { expiryFromDate } from "@/lib/auth/api-token";
import { scope } from "@/lib/auth/scope";
import { AppError, outOfScope } from "@/lib/errors";
import { issueApiToken } from "./issue";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";

const CREATE = { name: "api_token.create", permission: "profile:own" } as const;
const REVOKE = { name: "api_token.revoke", permission: "profile:own" } as const;

/** Creates a token of the signed-in person; the result carries the token, shown once. */
export const createApiTokenAction = actionClient
  .metadata(CREATE)
  .inputSchema(createApiTokenSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const issued = await mutate(actor, CREATE, (tx, audit) =>
      issueApiToken(tx, audit, {
        userId: actor.userId,
        name: parsedInput.name,
        expiresAt: parsedInput.expiresOn ? expiryFromDate(parsedInput.expiresOn) : null,
      }),
    );
    revalidatePath("/profile");
    return { token: issued.token, id: issued.id, name: issued.name, prefix: issued.prefix };
  });

/** Revokes a token; another person's token is a 404 (their tokens are outside the scope). */
export const revokeApiTokenAction = actionClient
  .metadata(REVOKE)
  .inputSchema(revokeApiTokenSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, REVOKE, async (tx, audit) => {
      const token = await tx.apiToken.findFirst({
        where: { AND: [scope.apiToken(actor, REVOKE.permission), { id: parsedInput.tokenId }] },
        select: { id: true, name: true, revokedAt: true },
      });
      if (!token) throw outOfScope("ApiToken", parsedInput.tokenId);
      if (token.revokedAt) throw new AppError("CONFLICT", "Токен уже отозван.");
      const revokedAt = new Date();
      expectOneRow(await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } }));
      await audit({ entityType: "ApiToken", entityId: token.id, before: { name: token.name, revokedAt: null }, after: { revokedAt } });
    });
    revalidatePath("/profile");
    return { ok: true };
  });

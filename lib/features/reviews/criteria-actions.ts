"use server";
import { revalidatePath } from "next/cache";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Tx } from "@/lib/db/client";
import { AppError, outOfScope } from "@/lib/errors";
import { createCriterionSchema, deleteCriterionSchema, moveCriterionSchema, setCriterionActiveSchema, updateCriterionSchema } from "./schemas";

const PATH = "/admin/criteria";
const META = (name: string) => ({ name, permission: "catalog:manage" as const });

/** The catalogue is installation-wide (no row scope): the permission is the check. */
async function loadCriterion(tx: Tx, id: string) {
  const row = await tx.reviewCriterion.findUnique({ where: { id } });
  if (!row) throw outOfScope("ReviewCriterion", id);
  return row;
}

export const createCriterionAction = actionClient
  .metadata(META("criterion.create"))
  .inputSchema(createCriterionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const id = await mutate(actor, META("criterion.create"), async (tx, audit) => {
      const siblings = await tx.reviewCriterion.findMany({ where: { documentKind: parsedInput.documentKind }, select: { code: true, sortOrder: true } });
      const prefix = `${parsedInput.documentKind}.`;
      const next = Math.max(0, ...siblings.map((s) => Number(s.code.slice(prefix.length)) || 0)) + 1;
      const sortOrder = Math.max(0, ...siblings.map((s) => s.sortOrder)) + 1;
      const row = await tx.reviewCriterion.create({ data: { documentKind: parsedInput.documentKind, code: `${prefix}${next}`, text: parsedInput.text, sortOrder } });
      await audit({ entityType: "ReviewCriterion", entityId: row.id, after: { code: row.code, text: row.text } });
      return row.id;
    });
    revalidatePath(PATH);
    return { ok: true as const, id };
  });

export const updateCriterionAction = actionClient
  .metadata(META("criterion.update"))
  .inputSchema(updateCriterionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, META("criterion.update"), async (tx, audit) => {
      const row = await loadCriterion(tx, parsedInput.id);
      expectOneRow(await tx.reviewCriterion.updateMany({ where: { id: row.id, version: parsedInput.version }, data: { text: parsedInput.text, version: { increment: 1 } } }));
      await audit({ entityType: "ReviewCriterion", entityId: row.id, before: { text: row.text }, after: { text: parsedInput.text } });
    });
    revalidatePath(PATH);
    return { ok: true as const };
  });

/** Swaps the criterion with its neighbour within the same document kind. */
export const moveCriterionAction = actionClient
  .metadata(META("criterion.move"))
  .inputSchema(moveCriterionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, META("criterion.move"), async (tx, audit) => {
      const row = await loadCriterion(tx, parsedInput.id);
      const up = parsedInput.direction === "up";
      const neighbour = await tx.reviewCriterion.findFirst({
        where: { documentKind: row.documentKind, sortOrder: up ? { lt: row.sortOrder } : { gt: row.sortOrder } },
        orderBy: { sortOrder: up ? "desc" : "asc" },
      });
      if (!neighbour) throw new AppError("INVALID_TRANSITION", up ? "Критерий уже первый в списке." : "Критерий уже последний в списке.");
      expectOneRow(await tx.reviewCriterion.updateMany({ where: { id: row.id, version: parsedInput.version }, data: { sortOrder: neighbour.sortOrder, version: { increment: 1 } } }));
      await tx.reviewCriterion.update({ where: { id: neighbour.id }, data: { sortOrder: row.sortOrder, version: { increment: 1 } } });
      await audit({ entityType: "ReviewCriterion", entityId: row.id, before: { sortOrder: row.sortOrder }, after: { sortOrder: neighbour.sortOrder, swappedWith: neighbour.id } });
    });
    revalidatePath(PATH);
    return { ok: true as const };
  });

/** Deactivated criteria drop out of new reviews; past scores keep them. */
export const setCriterionActiveAction = actionClient
  .metadata(META("criterion.set_active"))
  .inputSchema(setCriterionActiveSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, META(parsedInput.active ? "criterion.activate" : "criterion.deactivate"), async (tx, audit) => {
      const row = await loadCriterion(tx, parsedInput.id);
      expectOneRow(await tx.reviewCriterion.updateMany({ where: { id: row.id, version: parsedInput.version }, data: { active: parsedInput.active, version: { increment: 1 } } }));
      await audit({ entityType: "ReviewCriterion", entityId: row.id, before: { active: row.active }, after: { active: parsedInput.active } });
    });
    revalidatePath(PATH);
    return { ok: true as const };
  });

/** Only a criterion that no review has used may be deleted; a used one is deactivated instead. */
export const deleteCriterionAction = actionClient
  .metadata(META("criterion.delete"))
  .inputSchema(deleteCriterionSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, META("criterion.delete"), async (tx, audit) => {
      const row = await loadCriterion(tx, parsedInput.id);
      if (await tx.reviewScore.count({ where: { criterionId: row.id } })) {
        throw new AppError("INVALID_TRANSITION", "Критерий уже использован в экспертизах: его можно только отключить.");
      }
      expectOneRow(await tx.reviewCriterion.deleteMany({ where: { id: row.id, version: parsedInput.version } }));
      await audit({ entityType: "ReviewCriterion", entityId: row.id, before: { code: row.code, text: row.text } });
    });
    revalidatePath(PATH);
    return { ok: true as const };
  });

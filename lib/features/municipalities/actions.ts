"use server";
/**
 * «Реквизиты муниципалитета»: the letterhead of the methodological centre
 * that heads the analytical report and its order (decision 045). The
 * administrator edits any municipality's, a coordinator their own. Draft
 * reports and orders pick the change up when next rendered; an approved
 * report keeps the letterhead of its snapshot.
 */
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { scope } from "@/lib/auth/scope";
import { letterheadOfRecord } from "@/lib/domain/municipality/letterhead";
import { outOfScope } from "@/lib/errors";
import { updateLetterheadSchema } from "./schemas";

const META = { name: "municipality.update_letterhead", permission: "municipality:manage" } as const;

export const updateLetterheadAction = actionClient
  .metadata(META)
  .inputSchema(updateLetterheadSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const { municipalityId, version, ...letterhead } = input;
    const result = await mutate(actor, META, async (tx, audit) => {
      const municipality = await tx.municipality.findFirst({
        where: { AND: [scope.municipality(actor, META.permission), { id: municipalityId }] },
        select: { id: true, code: true, name: true, region: true, centerName: true, centerAddress: true, centerPhone: true, directorName: true },
      });
      if (!municipality) throw outOfScope("Municipality", municipalityId);
      expectOneRow(await tx.municipality.updateMany({ where: { id: municipality.id, version }, data: { ...letterhead, version: { increment: 1 } } }));
      await audit({ entityType: "Municipality", entityId: municipality.id, before: letterheadOfRecord(municipality), after: letterheadOfRecord(letterhead) });
      return { code: municipality.code, version: version + 1 };
    });
    revalidatePath("/admin/municipalities");
    revalidatePath(`/admin/municipalities/${result.code}`);
    return { ok: true, version: result.version };
  });

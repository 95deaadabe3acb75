"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { scope } from "@/lib/auth/scope";
import { COMPETENCIES } from "@/lib/domain/competency";
import { AppError, outOfScope } from "@/lib/errors";
import { saveDiagnosticSchema } from "./schemas";

const META = { name: "diagnostic.save", permission: "diagnostic:write" } as const;

/**
 * Records or corrects a teacher's entry or repeat diagnostic in a cycle:
 * the school admin team for its teachers, the coordinator for the
 * municipality's. One row per teacher, cycle and kind.
 */
export const saveDiagnosticAction = actionClient
  .metadata(META)
  .inputSchema(saveDiagnosticSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const id = await mutate(actor, META, async (tx, audit) => {
      const role = await tx.roleAssignment.findFirst({
        where: { userId: input.teacherId, role: "teacher", school: scope.school(actor, META.permission), user: { active: true } },
        select: { schoolId: true, school: { select: { municipalityId: true } } },
      });
      if (!role?.schoolId || !role.school) throw outOfScope("User", input.teacherId);
      const cycle = await tx.cycle.findFirst({
        where: { AND: [scope.cycle(actor, "cycle:read"), { id: input.cycleId, municipalityId: role.school.municipalityId }] },
        select: { id: true, status: true },
      });
      if (!cycle) throw outOfScope("Cycle", input.cycleId);
      if (cycle.status === "closed") throw new AppError("INVALID_TRANSITION", "Цикл закрыт: диагностику изменить нельзя.");

      const values = Object.fromEntries(COMPETENCIES.map((c) => [c, input[c]])) as Record<(typeof COMPETENCIES)[number], number>;
      const existing = await tx.competencyDiagnostic.findFirst({
        where: { AND: [scope.diagnostic(actor, META.permission), { teacherId: input.teacherId, cycleId: cycle.id, kind: input.kind }] },
      });
      if (existing) {
        if (input.version === undefined) throw new AppError("CONFLICT");
        expectOneRow(
          await tx.competencyDiagnostic.updateMany({
            where: { id: existing.id, version: input.version },
            data: { ...values, date: input.date, schoolId: role.schoolId, version: { increment: 1 } },
          }),
        );
        const before = Object.fromEntries(COMPETENCIES.map((c) => [c, Number(existing[c])]));
        await audit({ entityType: "CompetencyDiagnostic", entityId: existing.id, before: { ...before, date: existing.date }, after: { ...values, date: input.date } });
        return existing.id;
      }
      if (input.version !== undefined) throw new AppError("CONFLICT");
      const created = await tx.competencyDiagnostic.create({
        data: { teacherId: input.teacherId, cycleId: cycle.id, schoolId: role.schoolId, kind: input.kind, date: input.date, ...values },
      });
      await audit({ entityType: "CompetencyDiagnostic", entityId: created.id, after: { kind: input.kind, ...values, date: input.date } });
      return created.id;
    });
    revalidatePath("/diagnostics");
    return { id };
  });

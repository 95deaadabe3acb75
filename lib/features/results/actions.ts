"use server";
/**
 * The early warning's one step (decision 040): the coordinator adds a school
 * flagged «в зоне риска» by its results to the lists of the next cycle, with
 * the category «Зона риска» and the reasons as the list row's note. The
 * reasons are recomputed here from the stored results, never taken from the
 * client.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import { scope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/db/generated/client";
import { aggregateSeries, earlyWarnings, schoolSeries } from "@/lib/domain/results";
import { warningNote } from "@/lib/domain/results/warning-groups";
import { AppError, outOfScope } from "@/lib/errors";
import { addFlaggedSchoolSchema } from "./schemas";
import { unsafeMunicipalResultRows } from "./queries";

const PERMISSION = "cycle:manage" as const;
const NAME = "cycle_school.add_flagged";
const CATEGORIES = ["risk_zone"] as const;

const alreadyListed = (year: number) => ({ schoolId: { _errors: [`Школа уже есть в списках цикла ${year} года`] } });

export const addFlaggedSchoolToCycleAction = actionClient
  .metadata({ name: NAME, permission: PERMISSION })
  .inputSchema(addFlaggedSchoolSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    let cycleYear = 0;
    const created = await mutate(actor, { name: NAME, permission: PERMISSION }, async (tx, audit) => {
      const cycle = await tx.cycle.findFirst({
        where: { AND: [scope.cycle(actor, PERMISSION), { id: input.cycleId }] },
        select: { id: true, year: true, status: true, municipalityId: true },
      });
      if (!cycle) throw outOfScope("Cycle", input.cycleId);
      cycleYear = cycle.year;
      if (cycle.status === "closed") throw new AppError("INVALID_TRANSITION", `Цикл ${cycle.year} года закрыт: добавить школу в его списки нельзя.`);
      if (cycle.year <= input.asOfYear) {
        throw new AppError("VALIDATION", `Школы по результатам ${input.asOfYear} года добавляются в списки следующего цикла, а не цикла ${cycle.year} года.`);
      }
      const school = await tx.school.findFirst({
        where: { AND: [scope.school(actor, PERMISSION), { id: input.schoolId, municipalityId: cycle.municipalityId }] },
        select: { id: true, code: true, shortName: true, active: true },
      });
      if (!school) throw outOfScope("School", input.schoolId);
      if (!school.active) throw new AppError("VALIDATION", `${school.shortName} закрыта: добавить её в списки нельзя.`);

      const rows = await unsafeMunicipalResultRows(tx, cycle.municipalityId);
      const warnings = earlyWarnings({ asOfYear: input.asOfYear, school: schoolSeries(rows, school.id), municipality: aggregateSeries(rows) });
      if (warnings.length === 0) {
        throw new AppError("VALIDATION", `${school.shortName} не в зоне риска по результатам ${input.asOfYear} года: добавлять её по раннему предупреждению не на что.`);
      }

      const existing = await tx.cycleSchool.findUnique({ where: { cycleId_schoolId: { cycleId: cycle.id, schoolId: school.id } }, select: { id: true } });
      if (existing) returnValidationErrors(addFlaggedSchoolSchema, alreadyListed(cycle.year));

      const note = warningNote(input.asOfYear, warnings);
      const row = await tx.cycleSchool.create({ data: { cycleId: cycle.id, schoolId: school.id, categories: [...CATEGORIES], note }, select: { id: true } });
      await audit({
        entityType: "CycleSchool",
        entityId: row.id,
        after: { cycleId: cycle.id, schoolId: school.id, categories: [...CATEGORIES], note, asOfYear: input.asOfYear },
      });
      return { id: row.id, cycleId: cycle.id, code: school.code };
    }).catch((error: unknown) => {
      // Two coordinators at once: the unique (cycle, school) index answers like the check above.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") returnValidationErrors(addFlaggedSchoolSchema, alreadyListed(cycleYear));
      throw error;
    });
    revalidatePath("/results");
    revalidatePath(`/schools/${created.code}/results`);
    revalidatePath(`/cycles/${created.cycleId}/lists`);
    revalidatePath(`/cycles/${created.cycleId}`);
    return { id: created.id, cycleId: created.cycleId };
  });

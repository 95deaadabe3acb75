"use server";
/**
 * The early warning's one step (decision 040): the coordinator adds a school
 * flagged «в зоне риска» by its results to the lists of the next cycle, with
 * the category «Зона риска» and the reasons as the list row's note — or every
 * flagged school not yet listed at once. The reasons are recomputed here from
 * the stored results, never taken from the client.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { mutate, type AuditFn } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { aggregateSeries, earlyWarnings, schoolSeries, type ResultWarning } from "@/lib/domain/results";
import { warningNote } from "@/lib/domain/results/warning-groups";
import { AppError, outOfScope } from "@/lib/errors";
import { addFlaggedSchoolSchema, addFlaggedSchoolsSchema } from "./schemas";
import { unsafeMunicipalResultRows } from "./queries";

const PERMISSION = "cycle:manage" as const;
const NAME = "cycle_school.add_flagged";
const NAME_ALL = "cycle_school.add_flagged_all";
const CATEGORIES = ["risk_zone"] as const;

const alreadyListed = (year: number) => ({ schoolId: { _errors: [`Школа уже есть в списках цикла ${year} года`] } });
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

type Flagged = { id: string; code: string; warnings: ResultWarning[] };

/**
 * What the single and the bulk step share, inside their transaction: the
 * target cycle through scope (404) that is open and after the as-of year, the
 * warnings recomputed from the municipality's stored results, and the writing
 * of the list rows («Зона риска», the reasons as the note) with one audit row
 * each.
 */
async function flaggedSchoolsStep(tx: Tx, actor: Actor, input: { cycleId: string; asOfYear: number }, what: "школу" | "школы") {
  const found = await tx.cycle.findFirst({
    where: { AND: [scope.cycle(actor, PERMISSION), { id: input.cycleId }] },
    select: { id: true, year: true, status: true, municipalityId: true },
  });
  if (!found) throw outOfScope("Cycle", input.cycleId);
  if (found.status === "closed") throw new AppError("INVALID_TRANSITION", `Цикл ${found.year} года закрыт: добавить ${what} в его списки нельзя.`);
  if (found.year <= input.asOfYear) {
    throw new AppError("VALIDATION", `Школы по результатам ${input.asOfYear} года добавляются в списки следующего цикла, а не цикла ${found.year} года.`);
  }
  const cycle = { id: found.id, year: found.year, municipalityId: found.municipalityId };
  const rows = await unsafeMunicipalResultRows(tx, cycle.municipalityId);
  const municipality = aggregateSeries(rows);
  return {
    cycle,
    warningsOf: (schoolId: string) => earlyWarnings({ asOfYear: input.asOfYear, school: schoolSeries(rows, schoolId), municipality }),
    /** Lists the schools (none of them listed yet: the unique index refuses a race) and audits each row. */
    list: async (audit: AuditFn, schools: readonly Flagged[]) => {
      const data = schools.map((s) => ({ cycleId: cycle.id, schoolId: s.id, categories: [...CATEGORIES], note: warningNote(input.asOfYear, s.warnings) }));
      const created = await tx.cycleSchool.createManyAndReturn({ data, select: { id: true, schoolId: true } });
      const idBySchool = new Map(created.map((r) => [r.schoolId, r.id]));
      for (const row of data) {
        await audit({ entityType: "CycleSchool", entityId: idBySchool.get(row.schoolId)!, after: { ...row, asOfYear: input.asOfYear } });
      }
      return idBySchool;
    },
  };
}

function revalidateLists(cycleId: string, schoolCodes: readonly string[]) {
  revalidatePath("/results");
  for (const code of schoolCodes) revalidatePath(`/schools/${code}/results`);
  revalidatePath(`/cycles/${cycleId}/lists`);
  revalidatePath(`/cycles/${cycleId}`);
}

export const addFlaggedSchoolToCycleAction = actionClient
  .metadata({ name: NAME, permission: PERMISSION })
  .inputSchema(addFlaggedSchoolSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    let cycleYear = 0;
    const created = await mutate(actor, { name: NAME, permission: PERMISSION }, async (tx, audit) => {
      const step = await flaggedSchoolsStep(tx, actor, input, "школу");
      cycleYear = step.cycle.year;
      const school = await tx.school.findFirst({
        where: { AND: [scope.school(actor, PERMISSION), { id: input.schoolId, municipalityId: step.cycle.municipalityId }] },
        select: { id: true, code: true, shortName: true, active: true },
      });
      if (!school) throw outOfScope("School", input.schoolId);
      if (!school.active) throw new AppError("VALIDATION", `${school.shortName} закрыта: добавить её в списки нельзя.`);

      const warnings = step.warningsOf(school.id);
      if (warnings.length === 0) {
        throw new AppError("VALIDATION", `${school.shortName} не в зоне риска по результатам ${input.asOfYear} года: добавлять её по раннему предупреждению не на что.`);
      }

      const existing = await tx.cycleSchool.findUnique({ where: { cycleId_schoolId: { cycleId: step.cycle.id, schoolId: school.id } }, select: { id: true } });
      if (existing) returnValidationErrors(addFlaggedSchoolSchema, alreadyListed(step.cycle.year));

      const ids = await step.list(audit, [{ id: school.id, code: school.code, warnings }]);
      return { id: ids.get(school.id)!, cycleId: step.cycle.id, code: school.code };
    }).catch((error: unknown) => {
      // Two coordinators at once: the unique (cycle, school) index answers like the check above.
      if (isUniqueViolation(error)) returnValidationErrors(addFlaggedSchoolSchema, alreadyListed(cycleYear));
      throw error;
    });
    revalidateLists(created.cycleId, [created.code]);
    return { id: created.id, cycleId: created.cycleId };
  });

/**
 * «Добавить все в списки цикла»: every active school of the cycle's
 * municipality in the actor's scope that is flagged as of the year and not
 * yet listed, in one transaction — all of them or none.
 */
export const addFlaggedSchoolsToCycleAction = actionClient
  .metadata({ name: NAME_ALL, permission: PERMISSION })
  .inputSchema(addFlaggedSchoolsSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    let cycleYear = 0;
    const added = await mutate(
      actor,
      { name: NAME_ALL, permission: PERMISSION },
      async (tx, audit) => {
        const step = await flaggedSchoolsStep(tx, actor, input, "школы");
        cycleYear = step.cycle.year;
        const candidates = await tx.school.findMany({
          where: {
            AND: [
              scope.school(actor, PERMISSION),
              { municipalityId: step.cycle.municipalityId, active: true, cycleSchools: { none: { cycleId: step.cycle.id } } },
            ],
          },
          orderBy: { code: "asc" },
          select: { id: true, code: true },
        });
        const flagged = candidates.map((s) => ({ ...s, warnings: step.warningsOf(s.id) })).filter((s) => s.warnings.length > 0);
        if (flagged.length === 0) {
          throw new AppError("VALIDATION", `Все школы в зоне риска по результатам ${input.asOfYear} года уже есть в списках цикла ${step.cycle.year} года.`);
        }
        await step.list(audit, flagged);
        return { added: flagged.length, cycleId: step.cycle.id, codes: flagged.map((s) => s.code) };
      },
      // Up to a municipality's hundred-odd schools, each with its audit row.
      { timeout: 30_000 },
    ).catch((error: unknown) => {
      // A single add committed meanwhile: the whole batch rolls back rather than half of it landing.
      if (isUniqueViolation(error)) {
        throw new AppError("CONFLICT", `Пока готовился список, другой пользователь добавил школу в списки цикла ${cycleYear} года. Обновите страницу и повторите.`);
      }
      throw error;
    });
    revalidateLists(added.cycleId, added.codes);
    return { added: added.added, cycleId: added.cycleId };
  });

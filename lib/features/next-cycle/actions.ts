"use server";
/**
 * «Создать дорожную карту на {год + 1}»: from a cycle whose analytical
 * report is approved, open next year's cycle as a draft (or fill the draft
 * already opened) with the same school lists, optionally the curator
 * pairings, the unfinished measures and the risk factors whose indicators
 * missed their targets (decision 044). One transaction; the rules are in
 * lib/domain/report/carry-over.ts and carry-plan.ts.
 */
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { Prisma } from "@/lib/db/generated/client";
import { nextCycleDeadlines, nextCycleTitle, schoolCarryNotice } from "@/lib/domain/report/carry-over";
import { planCarryOver } from "@/lib/domain/report/carry-plan";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/features/imports/bulk";
import { notify } from "@/lib/features/notifications/notify";
import { carryRefusal, loadCarryExisting, loadCarrySource, loadCatalogueFor, loadCycleForCarry } from "./load";
import { createNextCycleSchema } from "./schemas";
import { writeCarryPlan } from "./write";

const META = { name: "cycle.create_from_report", permission: "cycle:manage" } as const;

/** Today in the installation's time zone, as the UTC midnight a `@db.Date` column stores. */
function today(): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: process.env.OPORA_TIME_ZONE ?? "Europe/Moscow" }).format(new Date());
  return new Date(`${iso}T00:00:00.000Z`);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export const createNextCycleAction = actionClient
  .metadata(META)
  .inputSchema(createNextCycleSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const result = await mutate(
      actor,
      META,
      async (tx, audit) => {
        const { cycle, report, next, reportTasks } = await loadCycleForCarry(tx, actor, input.cycleId);
        const refusal = carryRefusal({ cycle, report, next });
        if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
        const year = cycle.year + 1;

        // The next cycle: a new draft, or the draft already there (locked by its version).
        let nextId: string;
        let before: Record<string, unknown> | null = null;
        if (next) {
          nextId = next.id;
          const fill = { previousCycleId: cycle.id, ...(next.tasks.length === 0 ? { tasks: reportTasks } : {}) };
          expectOneRow(await tx.cycle.updateMany({ where: { id: next.id, version: next.version, status: "draft" }, data: { ...fill, version: { increment: 1 } } }));
          before = { previousCycleId: next.previousCycleId, tasks: next.tasks };
        } else {
          try {
            const created = await tx.cycle.create({
              data: {
                municipalityId: cycle.municipalityId,
                year,
                title: nextCycleTitle(cycle.title, cycle.year),
                previousCycleId: cycle.id,
                tasks: reportTasks,
                ...nextCycleDeadlines(cycle),
              },
              select: { id: true },
            });
            nextId = created.id;
          } catch (error) {
            // Someone opened the year meanwhile (Cycle_municipalityId_year_key / previousCycleId).
            if (isUniqueViolation(error)) throw new AppError("CONFLICT");
            throw error;
          }
        }

        const [source, catalogue, existing] = await Promise.all([
          loadCarrySource(tx, cycle),
          loadCatalogueFor(tx, year),
          next ? loadCarryExisting(tx, nextId) : Promise.resolve(null),
        ]);
        const plan = planCarryOver(source, { cycleId: nextId, year, catalogue, includePairings: input.includePairings, pairedOn: today(), existing }, newId);
        await writeCarryPlan(tx, actor, plan);

        const codeOf = new Map(plan.schools.map((s) => [s.schoolId, s.code]));
        const summary = {
          cycleId: nextId,
          fromYear: cycle.year,
          year,
          created: !next,
          schools: plan.cycleSchools.length,
          pairings: plan.pairings.length,
          documents: plan.documents.length,
          cycleTasks: !next || next.tasks.length === 0 ? reportTasks.length : 0,
          documentTasks: plan.tasks.length,
          measures: plan.measures.length,
          factors: plan.factors.map((f) => `${codeOf.get(f.schoolId) ?? f.schoolId}: ${f.code}`),
        };
        await audit({
          entityType: "Cycle",
          entityId: nextId,
          before,
          after: summary,
          meta: { fromCycleId: cycle.id, reportId: report!.id, includePairings: input.includePairings, alreadyCarried: plan.alreadyCarried, skipped: plan.skipped.length },
        });

        // The school teams learn that their roadmap for the new year is open.
        const notified = plan.schools.filter((s) => s.listed === "new" || s.measures > 0 || s.factorCodes.length > 0);
        const admins = await tx.roleAssignment.findMany({
          where: { role: "school_admin", schoolId: { in: notified.map((s) => s.schoolId) }, user: { active: true } },
          select: { userId: true, schoolId: true },
        });
        for (const school of notified) {
          const text = schoolCarryNotice({ oldYear: cycle.year, newYear: year, newlyListed: school.listed === "new", measures: school.measures, factorCodes: school.factorCodes });
          await notify(
            tx,
            admins.filter((a) => a.schoolId === school.schoolId).map((a) => a.userId),
            { kind: "info", ...text, link: `/schools/${encodeURIComponent(school.code)}/roadmap?cycle=${nextId}`, entityType: "Cycle", entityId: nextId },
            { exceptUserId: actor.userId },
          );
        }
        return summary;
      },
      // A large municipality writes thousands of rows: allow more than Prisma's 5 s.
      { timeout: 60_000, maxWait: 10_000 },
    );
    revalidatePath("/cycles");
    revalidatePath(`/cycles/${input.cycleId}`);
    revalidatePath(`/cycles/${result.cycleId}`);
    return { id: result.cycleId, created: result.created, schools: result.schools, measures: result.measures, factors: result.factors.length, documents: result.documents };
  });

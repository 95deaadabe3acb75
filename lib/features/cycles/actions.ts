"use server";
/**
 * Cycle actions of the municipal coordinator: open a cycle, edit its
 * settings, move it through its stages and close it; the school lists with
 * categories; curator pairings. A closed cycle refuses every edit.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { noteFieldDenial } from "@/lib/actions/field-denial";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { DEADLINE_FIELDS, validateDeadlineYears, type DeadlineField } from "@/lib/domain/cycles/deadlines";
import { cycleCloseRefusal } from "@/lib/domain/report/workflow";
import { cycleMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { notify } from "@/lib/features/notifications/notify";
import { formatDate } from "@/lib/i18n/dates";
import {
  addCycleSchoolSchema,
  assignCuratorSchema,
  createCycleSchema,
  cycleTransitionSchema,
  endPairingSchema,
  removeCycleSchoolSchema,
  updateCategoriesSchema,
  updateCycleSchema,
} from "./schemas";

const CLOSED = "Цикл закрыт: изменения в нём невозможны.";

/** `YYYY-MM-DD` → the UTC midnight a `@db.Date` column stores. */
const toDate = (iso: string | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

function deadlineData(input: Partial<Record<DeadlineField, string | undefined>>) {
  return Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, toDate(input[f])])) as Record<DeadlineField, Date | null>;
}

const cycleSettingsSelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  municipalityId: true,
  orderNumber: true,
  orderDate: true,
  tasks: true,
  version: true,
  ...Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, true])),
} as Prisma.CycleSelect;

/** The cycle by id within the actor's scope, editable (not closed); else 404 / refusal. */
async function loadEditableCycle(tx: Tx, actor: Actor, permission: Permission, cycleId: string) {
  const cycle = await tx.cycle.findFirst({ where: { AND: [scope.cycle(actor, permission), { id: cycleId }] }, select: { id: true, status: true, year: true, municipalityId: true, version: true } });
  if (!cycle) throw outOfScope("Cycle", cycleId);
  if (cycle.status === "closed") throw new AppError("INVALID_TRANSITION", CLOSED);
  return cycle;
}

async function loadCycleSchoolForEdit(tx: Tx, actor: Actor, permission: Permission, cycleSchoolId: string) {
  const row = await tx.cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, permission), { id: cycleSchoolId }] },
    select: {
      id: true,
      cycleId: true,
      categories: true,
      version: true,
      school: { select: { id: true, shortName: true, code: true } },
      cycle: { select: { status: true, year: true, municipalityId: true } },
    },
  });
  if (!row) throw outOfScope("CycleSchool", cycleSchoolId);
  if (row.cycle.status === "closed") throw new AppError("INVALID_TRANSITION", CLOSED);
  return row;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

// ───────────────────────────── cycle settings ─────────────────────────────

export const createCycleAction = actionClient
  .metadata({ name: "cycle.create", permission: "cycle:manage" })
  .inputSchema(createCycleSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const id = await mutate(actor, { name: "cycle.create", permission: "cycle:manage" }, async (tx, audit) => {
      const municipality = await tx.municipality.findFirst({
        where: { AND: [scope.municipality(actor, "cycle:manage"), input.municipalityId ? { id: input.municipalityId } : {}] },
        orderBy: { name: "asc" },
        select: { id: true },
      });
      if (!municipality) throw outOfScope("Municipality", input.municipalityId ?? "");
      const existing = await tx.cycle.findUnique({ where: { municipalityId_year: { municipalityId: municipality.id, year: input.year } }, select: { id: true } });
      if (existing) returnValidationErrors(createCycleSchema, { year: { _errors: [`Цикл на ${input.year} год уже открыт`] } });
      // The cycle of the year before, if it has no successor yet, becomes the previous one.
      const previous = await tx.cycle.findFirst({
        where: { municipalityId: municipality.id, year: input.year - 1, nextCycle: null },
        select: { id: true },
      });
      const data = {
        municipalityId: municipality.id,
        year: input.year,
        title: input.title,
        orderNumber: input.orderNumber ?? null,
        orderDate: toDate(input.orderDate),
        tasks: input.tasks ?? [],
        previousCycleId: previous?.id ?? null,
        ...deadlineData(input),
      };
      const cycle = await tx.cycle.create({ data, select: { id: true } });
      await audit({ entityType: "Cycle", entityId: cycle.id, after: data });
      return cycle.id;
    });
    revalidatePath("/cycles");
    return { id };
  });

export const updateCycleAction = actionClient
  .metadata({ name: "cycle.update", permission: "cycle:manage" })
  .inputSchema(updateCycleSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "cycle.update", permission: "cycle:manage" }, async (tx, audit) => {
      const cycle = await loadEditableCycle(tx, actor, "cycle:manage", input.cycleId);
      // The form's year is only a hint for validation: check against the stored one.
      const yearErrors = validateDeadlineYears(cycle.year, input);
      if (Object.keys(yearErrors).length > 0) {
        returnValidationErrors(updateCycleSchema, Object.fromEntries(Object.entries(yearErrors).map(([k, v]) => [k, { _errors: [v] }])));
      }
      const before = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: cycleSettingsSelect });
      const data = {
        title: input.title,
        orderNumber: input.orderNumber ?? null,
        orderDate: toDate(input.orderDate),
        ...(input.tasks !== undefined ? { tasks: input.tasks } : {}),
        ...deadlineData(input),
      };
      expectOneRow(await tx.cycle.updateMany({ where: { id: cycle.id, version: input.version }, data: { ...data, version: { increment: 1 } } }));
      await audit({ entityType: "Cycle", entityId: cycle.id, before: pick(before, Object.keys(data)), after: data });
    });
    revalidatePath(`/cycles/${input.cycleId}`);
    return { ok: true };
  });

export const transitionCycleAction = actionClient
  .metadata({ name: "cycle.transition", permission: "cycle:manage" })
  .inputSchema(cycleTransitionSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const to = await mutate(actor, { name: "cycle.transition", permission: "cycle:manage" }, async (tx, audit) => {
      const cycle = await tx.cycle.findFirst({ where: { AND: [scope.cycle(actor, "cycle:manage"), { id: input.cycleId }] }, select: { id: true, status: true } });
      if (!cycle) throw outOfScope("Cycle", input.cycleId);
      const step = transition(cycleMachine, cycle.status, input.event);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      if (input.event === "close") {
        // The year ends with its analytical report approved by an order (decision 043).
        const report = await tx.analyticalReport.findUnique({ where: { cycleId: cycle.id }, select: { status: true } });
        const refusal = cycleCloseRefusal(report?.status ?? "none");
        if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
      }
      expectOneRow(
        await tx.cycle.updateMany({
          where: { id: cycle.id, version: input.version, status: cycle.status },
          data: { status: step.to, version: { increment: 1 }, ...(step.to === "closed" ? { closedAt: new Date() } : {}) },
        }),
      );
      await audit({ action: `cycle.${input.event}`, entityType: "Cycle", entityId: cycle.id, before: { status: cycle.status }, after: { status: step.to } });
      return step.to;
    });
    revalidatePath(`/cycles/${input.cycleId}`);
    return { status: to };
  });

// ───────────────────────────── school lists ─────────────────────────────

export const addCycleSchoolAction = actionClient
  .metadata({ name: "cycle_school.add", permission: "cycle:manage" })
  .inputSchema(addCycleSchoolSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const id = await mutate(actor, { name: "cycle_school.add", permission: "cycle:manage" }, async (tx, audit) => {
      const cycle = await loadEditableCycle(tx, actor, "cycle:manage", input.cycleId);
      const school = await tx.school.findFirst({
        where: { AND: [scope.school(actor, "cycle:manage"), { id: input.schoolId, municipalityId: cycle.municipalityId, active: true }] },
        select: { id: true },
      });
      if (!school) throw outOfScope("School", input.schoolId);
      const existing = await tx.cycleSchool.findUnique({ where: { cycleId_schoolId: { cycleId: cycle.id, schoolId: school.id } }, select: { id: true } });
      if (existing) returnValidationErrors(addCycleSchoolSchema, { schoolId: { _errors: ["Школа уже есть в списках цикла"] } });
      const row = await tx.cycleSchool.create({ data: { cycleId: cycle.id, schoolId: school.id, categories: input.categories }, select: { id: true } });
      await audit({ entityType: "CycleSchool", entityId: row.id, after: { cycleId: cycle.id, schoolId: school.id, categories: input.categories } });
      return row.id;
    });
    revalidatePath(`/cycles/${input.cycleId}/lists`);
    return { id };
  });

export const updateCycleSchoolCategoriesAction = actionClient
  .metadata({ name: "cycle_school.update_categories", permission: "cycle:manage" })
  .inputSchema(updateCategoriesSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "cycle_school.update_categories", permission: "cycle:manage" }, async (tx, audit) => {
      const row = await loadCycleSchoolForEdit(tx, actor, "cycle:manage", input.cycleSchoolId);
      expectOneRow(
        await tx.cycleSchool.updateMany({ where: { id: row.id, version: input.version }, data: { categories: input.categories, version: { increment: 1 } } }),
      );
      await audit({ entityType: "CycleSchool", entityId: row.id, before: { categories: row.categories }, after: { categories: input.categories } });
      return row.cycleId;
    });
    revalidatePath(`/cycles/${cycleId}/lists`);
    return { ok: true };
  });

export const removeCycleSchoolAction = actionClient
  .metadata({ name: "cycle_school.remove", permission: "cycle:manage" })
  .inputSchema(removeCycleSchoolSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "cycle_school.remove", permission: "cycle:manage" }, async (tx, audit) => {
      const row = await loadCycleSchoolForEdit(tx, actor, "cycle:manage", input.cycleSchoolId);
      const [profile, documents, mutual, reviews] = await Promise.all([
        tx.riskProfile.count({ where: { cycleSchoolId: row.id } }),
        tx.programDocument.count({ where: { cycleSchoolId: row.id } }),
        tx.mutualPair.count({ where: { OR: [{ schoolAId: row.id }, { schoolBId: row.id }] } }),
        tx.review.count({ where: { reviewerCycleSchoolId: row.id } }),
      ]);
      if (profile + documents + mutual + reviews > 0) {
        throw new AppError(
          "INVALID_TRANSITION",
          `Нельзя исключить ${row.school.shortName} из списков: у школы уже есть рисковый профиль, документы или взаимоэкспертиза в этом цикле.`,
        );
      }
      const pairings = await tx.curatorPairing.findMany({ where: { cycleSchoolId: row.id }, select: { id: true, curatorId: true, active: true } });
      expectOneRow(await tx.cycleSchool.deleteMany({ where: { id: row.id, version: input.version } }));
      await audit({ entityType: "CycleSchool", entityId: row.id, before: { cycleId: row.cycleId, schoolId: row.school.id, categories: row.categories, pairings } });
      return row.cycleId;
    });
    revalidatePath(`/cycles/${cycleId}/lists`);
    return { ok: true };
  });

// ───────────────────────────── curator pairings ─────────────────────────────

export const assignCuratorAction = actionClient
  .metadata({ name: "pairing.assign", permission: "pairing:manage" })
  .inputSchema(assignCuratorSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const result = await mutate(actor, { name: "pairing.assign", permission: "pairing:manage" }, async (tx, audit) => {
      const row = await loadCycleSchoolForEdit(tx, actor, "pairing:manage", input.cycleSchoolId);
      const curator = await tx.user.findFirst({
        where: { id: input.curatorId, active: true, roles: { some: { role: "curator", municipalityId: row.cycle.municipalityId } } },
        select: { id: true, name: true },
      });
      if (!curator) {
        noteFieldDenial("curatorId", "User", [input.curatorId]);
        returnValidationErrors(assignCuratorSchema, { curatorId: { _errors: ["Выберите куратора муниципалитета"] } });
      }
      const current = await tx.curatorPairing.findFirst({ where: { cycleSchoolId: row.id, active: true }, select: { id: true, curatorId: true, version: true } });
      // The form must have seen the pairing that is active now.
      if ((current?.id ?? undefined) !== input.currentPairingId || (current && current.version !== input.currentPairingVersion)) {
        throw new AppError("CONFLICT");
      }
      if (current?.curatorId === curator.id) {
        returnValidationErrors(assignCuratorSchema, { curatorId: { _errors: ["Этот куратор уже закреплён за школой"] } });
      }
      const link = `/schools/${row.school.code}`;
      if (current) {
        expectOneRow(
          await tx.curatorPairing.updateMany({
            where: { id: current.id, version: current.version, active: true },
            data: { active: false, endedAt: new Date(), version: { increment: 1 } },
          }),
        );
        await audit({ action: "pairing.end", entityType: "CuratorPairing", entityId: current.id, before: { active: true }, after: { active: false, replacedBy: curator.id } });
        await notify(
          tx,
          [current.curatorId],
          { kind: "info", title: `Школа ${row.school.shortName} передана другому куратору (цикл ${row.cycle.year} года)`, link: "/", entityType: "CuratorPairing", entityId: current.id },
          { exceptUserId: actor.userId },
        );
      }
      const data = {
        cycleSchoolId: row.id,
        curatorId: curator.id,
        pairedOn: toDate(input.pairedOn)!,
        schoolYear: input.schoolYear ?? null,
        agreementNumber: input.agreementNumber ?? null,
        agreementDate: toDate(input.agreementDate),
      };
      let pairing: { id: string };
      try {
        pairing = await tx.curatorPairing.create({ data, select: { id: true } });
      } catch (error) {
        // CuratorPairing_one_active: someone else paired the school meanwhile.
        if (isUniqueViolation(error)) throw new AppError("CONFLICT");
        throw error;
      }
      await audit({ entityType: "CuratorPairing", entityId: pairing.id, before: current ? { curatorId: current.curatorId } : null, after: data });
      await notify(
        tx,
        [curator.id],
        {
          kind: "info",
          title: `Вы назначены куратором школы ${row.school.shortName} (цикл ${row.cycle.year} года) с ${formatDate(data.pairedOn)}`,
          link,
          entityType: "CuratorPairing",
          entityId: pairing.id,
        },
        { exceptUserId: actor.userId },
      );
      return { id: pairing.id, cycleId: row.cycleId };
    });
    revalidatePath(`/cycles/${result.cycleId}/pairings`);
    return { id: result.id };
  });

export const endPairingAction = actionClient
  .metadata({ name: "pairing.end", permission: "pairing:manage" })
  .inputSchema(endPairingSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "pairing.end", permission: "pairing:manage" }, async (tx, audit) => {
      const pairing = await tx.curatorPairing.findFirst({
        where: { AND: [scope.pairing(actor, "pairing:manage"), { id: input.pairingId }] },
        select: { id: true, active: true, curatorId: true, cycleSchool: { select: { cycleId: true, school: { select: { shortName: true } }, cycle: { select: { status: true, year: true } } } } },
      });
      if (!pairing) throw outOfScope("CuratorPairing", input.pairingId);
      if (pairing.cycleSchool.cycle.status === "closed") throw new AppError("INVALID_TRANSITION", CLOSED);
      if (!pairing.active) throw new AppError("INVALID_TRANSITION", "Закрепление уже завершено.");
      expectOneRow(
        await tx.curatorPairing.updateMany({
          where: { id: pairing.id, version: input.version, active: true },
          data: { active: false, endedAt: new Date(), version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "CuratorPairing", entityId: pairing.id, before: { active: true }, after: { active: false } });
      await notify(
        tx,
        [pairing.curatorId],
        { kind: "info", title: `Закрепление за школой ${pairing.cycleSchool.school.shortName} (цикл ${pairing.cycleSchool.cycle.year} года) завершено`, link: "/", entityType: "CuratorPairing", entityId: pairing.id },
        { exceptUserId: actor.userId },
      );
      return pairing.cycleSchool.cycleId;
    });
    revalidatePath(`/cycles/${cycleId}/pairings`);
    return { ok: true };
  });

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}

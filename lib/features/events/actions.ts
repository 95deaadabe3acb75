"use server";
/**
 * МНЦ events register: the coordinator creates, edits and deletes events of
 * their municipality. Schools, plan module and municipal project must belong
 * to the event's municipality (field errors otherwise).
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import type { Actor } from "@/lib/auth/actor";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { AppError, outOfScope } from "@/lib/errors";
import { noteFieldDenial } from "@/lib/actions/field-denial";
import { toDate } from "@/lib/features/support/fields";
import { createEventSchema, deleteEventSchema, updateEventSchema, type eventFields } from "./schemas";
import type { z } from "zod";

type Fields = z.output<typeof eventFields>;
const PERMISSION = "event:manage" as const;

/** The municipality a new event belongs to: the coordinator's own (an administrator's only one). */
async function municipalityFor(tx: Tx, actor: Actor): Promise<string> {
  const municipalities = await tx.municipality.findMany({ where: scope.municipality(actor, PERMISSION), select: { id: true }, take: 2 });
  if (municipalities.length !== 1) throw new AppError("VALIDATION", "Не удалось определить муниципалитет мероприятия.");
  return municipalities[0].id;
}

/** Checks the references against the municipality; returns the relational data to write. */
async function checkedData(tx: Tx, municipalityId: string, input: Fields, schema: typeof createEventSchema | typeof updateEventSchema) {
  const schoolIds = [...new Set(input.schoolIds)];
  const [schools, module, project] = await Promise.all([
    schoolIds.length ? tx.school.findMany({ where: { id: { in: schoolIds }, municipalityId }, select: { id: true } }) : [],
    input.moduleId ? tx.planModule.findFirst({ where: { id: input.moduleId, municipalityId }, select: { id: true } }) : null,
    input.projectId ? tx.municipalProject.findFirst({ where: { id: input.projectId, municipalityId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, { _errors: string[] }> = {};
  const foreignSchools = schoolIds.filter((id) => !schools.some((school) => school.id === id));
  if (foreignSchools.length) {
    errors.schoolIds = { _errors: ["Можно выбрать только школы своего муниципалитета"] };
    noteFieldDenial("schoolIds", "School", foreignSchools);
  }
  if (input.moduleId && !module) {
    errors.moduleId = { _errors: ["Выберите модуль плана из каталога муниципалитета"] };
    noteFieldDenial("moduleId", "PlanModule", [input.moduleId]);
  }
  if (input.projectId && !project) {
    errors.projectId = { _errors: ["Выберите муниципальный проект из каталога"] };
    noteFieldDenial("projectId", "MunicipalProject", [input.projectId]);
  }
  if (Object.keys(errors).length) returnValidationErrors(schema, errors as never);

  const date = toDate(input.date);
  const cycle = await tx.cycle.findFirst({ where: { municipalityId, year: date.getUTCFullYear() }, select: { id: true } });
  return {
    scalars: {
      type: input.type,
      date,
      topic: input.topic,
      format: input.format,
      audience: input.audience,
      participants: input.participants,
      moduleId: input.moduleId,
      projectId: input.projectId,
      notes: input.notes,
      cycleId: cycle?.id ?? null,
    },
    schools: schoolIds.map((id) => ({ id })),
  };
}

/** What the audit log keeps of an event. */
function snapshot(e: { type: string; date: Date; topic: string; format: string; audience: string; participants: number; moduleId: string | null; projectId: string | null; notes: string | null }, schoolIds: string[]) {
  return {
    type: e.type,
    date: e.date.toISOString().slice(0, 10),
    topic: e.topic,
    format: e.format,
    audience: e.audience,
    participants: e.participants,
    moduleId: e.moduleId,
    projectId: e.projectId,
    notes: e.notes,
    schoolIds: [...schoolIds].sort(),
  };
}

async function loadEvent(tx: Tx, actor: Actor, id: string) {
  const event = await tx.supportEvent.findFirst({
    where: { AND: [scope.event(actor, PERMISSION), { id }] },
    include: { schools: { select: { id: true } } },
  });
  if (!event) throw outOfScope("SupportEvent", id);
  return event;
}

export const createEventAction = actionClient
  .metadata({ name: "event.create", permission: PERMISSION })
  .inputSchema(createEventSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const id = await mutate(actor, { name: "event.create", permission: PERMISSION }, async (tx, audit) => {
      const municipalityId = await municipalityFor(tx, actor);
      const data = await checkedData(tx, municipalityId, parsedInput, createEventSchema);
      const event = await tx.supportEvent.create({ data: { ...data.scalars, municipalityId, schools: { connect: data.schools } } });
      await audit({ entityType: "SupportEvent", entityId: event.id, after: snapshot(event, data.schools.map((s) => s.id)) });
      return event.id;
    });
    revalidatePath("/events");
    return { id };
  });

export const updateEventAction = actionClient
  .metadata({ name: "event.update", permission: PERMISSION })
  .inputSchema(updateEventSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, { name: "event.update", permission: PERMISSION }, async (tx, audit) => {
      const event = await loadEvent(tx, actor, parsedInput.id);
      const data = await checkedData(tx, event.municipalityId, parsedInput, updateEventSchema);
      expectOneRow(
        await tx.supportEvent.updateMany({
          where: { id: event.id, version: parsedInput.version },
          data: { ...data.scalars, version: { increment: 1 } },
        }),
      );
      await tx.supportEvent.update({ where: { id: event.id }, data: { schools: { set: data.schools } } });
      await audit({
        entityType: "SupportEvent",
        entityId: event.id,
        before: snapshot(event, event.schools.map((s) => s.id)),
        after: snapshot({ ...data.scalars }, data.schools.map((s) => s.id)),
      });
    });
    revalidatePath("/events");
    revalidatePath(`/events/${parsedInput.id}`);
    return { id: parsedInput.id };
  });

export const deleteEventAction = actionClient
  .metadata({ name: "event.delete", permission: PERMISSION })
  .inputSchema(deleteEventSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, { name: "event.delete", permission: PERMISSION }, async (tx, audit) => {
      const event = await loadEvent(tx, actor, parsedInput.id);
      // Detach the schools first (implicit m2m rows), then delete only the version the user saw.
      if (event.version !== parsedInput.version) throw new AppError("CONFLICT");
      await tx.supportEvent.update({ where: { id: event.id }, data: { schools: { set: [] } } });
      expectOneRow(await tx.supportEvent.deleteMany({ where: { id: event.id, version: parsedInput.version } }));
      await audit({ entityType: "SupportEvent", entityId: event.id, before: snapshot(event, event.schools.map((s) => s.id)) });
    });
    revalidatePath("/events");
    return { ok: true };
  });

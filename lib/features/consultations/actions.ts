"use server";
/**
 * МТКП consultations: a tutor logs and edits consultations of the teachers
 * assigned to them (an active TutorAssignment). The school and municipality
 * are derived from the teacher; only the author edits a consultation.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import { noteFieldDenial } from "@/lib/actions/field-denial";
import { toDate } from "@/lib/features/support/fields";
import { consultationFields, createConsultationSchema, updateConsultationSchema } from "./schemas";

type Fields = z.output<typeof consultationFields>;
const PERMISSION = "consultation:write" as const;

async function checkedData(tx: Tx, actor: Actor, input: Fields, schema: typeof createConsultationSchema | typeof updateConsultationSchema) {
  const assignment = await tx.tutorAssignment.findFirst({
    where: { AND: [scope.tutorAssignment(actor, PERMISSION), { tutorId: actor.userId, teacherId: input.teacherId, active: true }] },
    select: {
      teacher: { select: { roles: { where: { role: "teacher", schoolId: { not: null } }, select: { schoolId: true, municipalityId: true }, take: 1 } } },
    },
  });
  const teacherRole = assignment?.teacher.roles[0];
  if (!assignment || !teacherRole?.schoolId || !teacherRole.municipalityId) {
    noteFieldDenial("teacherId", "User", [input.teacherId]);
    returnValidationErrors(schema, { teacherId: { _errors: ["Этот педагог не закреплён за вами"] } } as never);
  }
  const { schoolId, municipalityId } = teacherRole as { schoolId: string; municipalityId: string };
  const [subject, project] = await Promise.all([
    tx.subject.findUnique({ where: { id: input.subjectId }, select: { id: true } }),
    input.projectId ? tx.municipalProject.findFirst({ where: { id: input.projectId, municipalityId }, select: { id: true } }) : null,
  ]);
  const errors: Record<string, { _errors: string[] }> = {};
  if (!subject) errors.subjectId = { _errors: ["Выберите предмет из списка"] };
  if (input.projectId && !project) {
    errors.projectId = { _errors: ["Выберите муниципальный проект из каталога"] };
    noteFieldDenial("projectId", "MunicipalProject", [input.projectId]);
  }
  if (Object.keys(errors).length) returnValidationErrors(schema, errors as never);

  const date = toDate(input.date);
  const cycle = await tx.cycle.findFirst({ where: { municipalityId, year: date.getUTCFullYear() }, select: { id: true } });
  return {
    municipalityId,
    schoolId,
    cycleId: cycle?.id ?? null,
    teacherId: input.teacherId,
    date,
    subjectId: input.subjectId,
    module: input.module,
    form: input.form,
    functions: [...new Set(input.functions)],
    projectId: input.projectId,
    notes: input.notes,
    nextSteps: input.nextSteps,
  };
}

function snapshot(c: { teacherId: string; schoolId: string; date: Date; subjectId: string; module: string; form: string; functions: string[]; projectId: string | null; notes: string | null; nextSteps: string | null }) {
  return {
    teacherId: c.teacherId,
    schoolId: c.schoolId,
    date: c.date.toISOString().slice(0, 10),
    subjectId: c.subjectId,
    module: c.module,
    form: c.form,
    functions: c.functions,
    projectId: c.projectId,
    notes: c.notes,
    nextSteps: c.nextSteps,
  };
}

export const createConsultationAction = actionClient
  .metadata({ name: "consultation.create", permission: PERMISSION })
  .inputSchema(createConsultationSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const id = await mutate(actor, { name: "consultation.create", permission: PERMISSION }, async (tx, audit) => {
      const data = await checkedData(tx, actor, parsedInput, createConsultationSchema);
      const row = await tx.consultation.create({ data: { ...data, tutorId: actor.userId } });
      await audit({ entityType: "Consultation", entityId: row.id, after: snapshot(row) });
      return row.id;
    });
    revalidatePath("/consultations");
    return { id };
  });

export const updateConsultationAction = actionClient
  .metadata({ name: "consultation.update", permission: PERMISSION })
  .inputSchema(updateConsultationSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, { name: "consultation.update", permission: PERMISSION }, async (tx, audit) => {
      const existing = await tx.consultation.findFirst({
        where: { AND: [scope.consultation(actor, PERMISSION), { id: parsedInput.id, tutorId: actor.userId }] },
      });
      if (!existing) throw outOfScope("Consultation", parsedInput.id);
      const data = await checkedData(tx, actor, parsedInput, updateConsultationSchema);
      expectOneRow(
        await tx.consultation.updateMany({
          where: { id: existing.id, version: parsedInput.version },
          data: { ...data, version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "Consultation", entityId: existing.id, before: snapshot(existing), after: snapshot(data) });
    });
    revalidatePath("/consultations");
    revalidatePath(`/consultations/${parsedInput.id}`);
    return { id: parsedInput.id };
  });

"use server";
/**
 * The school's programme documents: create, edit the header, tasks and
 * measures, submit for expertise. Every edit checks `document:write`, the
 * document's scope, an editable status (draft / returned) and the document's
 * `version` (optimistic locking on the whole document: every edit bumps it and
 * returns the new one, so the form keeps sending what it last saw).
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import type { Actor } from "@/lib/auth/actor";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { buildSnapshot, checkCompleteness, cycleBounds, deadlineOutOfBoundsMessage, defaultDocumentTitle, formatProblem, isWithinBounds } from "@/lib/domain/documents";
import { DOCUMENT_EDITABLE, documentMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { loadCycleSchool } from "@/lib/features/schools/cycle-school";
import { curatorsOf, notify } from "@/lib/features/notifications/notify";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";
import {
  addMeasureSchema,
  addTaskSchema,
  createDocumentSchema,
  deleteMeasureSchema,
  deleteTaskSchema,
  moveTaskSchema,
  submitDocumentSchema,
  updateHeaderSchema,
  updateMeasureSchema,
  updateTaskSchema,
} from "./schemas";

const WRITE = "document:write" as const;

const documentSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  version: true,
  currentRevision: true,
  cycleSchoolId: true,
  cycleSchool: {
    select: {
      schoolId: true,
      school: { select: { code: true, shortName: true } },
      cycle: { select: { id: true, year: true, status: true, orderDate: true, implementationEnd: true } },
    },
  },
} as const;

type LoadedDocument = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

function findDocument(tx: Tx, actor: Actor, documentId: string) {
  return tx.programDocument.findFirst({ where: { AND: [scope.document(actor, WRITE), { id: documentId }] }, select: documentSelect });
}

/**
 * The document in scope, editable, at the version the form loaded; bumps the
 * version (the conflict check) and returns the row as it was.
 */
async function openForEdit(tx: Tx, actor: Actor, documentId: string, version: number): Promise<LoadedDocument> {
  const doc = await findDocument(tx, actor, documentId);
  if (!doc) throw outOfScope("ProgramDocument", documentId);
  if (!DOCUMENT_EDITABLE.includes(doc.status)) {
    throw new AppError("INVALID_TRANSITION", "Документ отправлен на экспертизу или подтверждён: изменять его нельзя.");
  }
  expectOneRow(await tx.programDocument.updateMany({ where: { id: doc.id, version }, data: { version: { increment: 1 } } }));
  return doc;
}

function revalidateDocument(doc: { id: string; cycleSchool: { school: { code: string } } }) {
  const base = `/schools/${encodeURIComponent(doc.cycleSchool.school.code)}/documents`;
  revalidatePath(base);
  revalidatePath(`${base}/${doc.id}`);
}

function boundsOf(doc: LoadedDocument) {
  return cycleBounds(doc.cycleSchool.cycle);
}

// ───────────────────────────── documents ─────────────────────────────

export const createDocumentAction = actionClient
  .metadata({ name: "document.create", permission: WRITE })
  .inputSchema(createDocumentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const created = await mutate(actor, { name: "document.create", permission: WRITE }, async (tx, audit) => {
      const cs = await loadCycleSchool(tx, actor, WRITE, parsedInput.cycleSchoolId);
      if (cs.cycle.status === "closed") throw new AppError("INVALID_TRANSITION", "Цикл закрыт: новые документы не создаются.");
      const kind = parsedInput.kind;
      const riskFactorId = kind === "anti_risk_program" ? parsedInput.riskFactorId! : null;
      let title = defaultDocumentTitle(DOCUMENT_KIND_LABELS[kind], cs.cycle.year);
      if (riskFactorId) {
        const factor = await tx.riskFactor.findUnique({ where: { id: riskFactorId }, select: { code: true, title: true } });
        if (!factor) returnValidationErrors(createDocumentSchema, { riskFactorId: { _errors: ["Такого фактора риска нет в каталоге"] } });
        title = defaultDocumentTitle(DOCUMENT_KIND_LABELS[kind], cs.cycle.year, factor.title);
      }
      const existing = await tx.programDocument.findFirst({ where: { cycleSchoolId: cs.id, kind, riskFactorId }, select: { id: true } });
      if (existing) {
        returnValidationErrors(createDocumentSchema, {
          _errors: [riskFactorId ? "Антирисковая программа по этому фактору уже создана." : `${DOCUMENT_KIND_LABELS[kind]} уже создана для этого цикла.`],
        });
      }
      const doc = await tx.programDocument.create({
        data: { cycleSchoolId: cs.id, kind, riskFactorId, title, periodFrom: cs.cycle.year, periodTo: cs.cycle.year },
        select: { id: true },
      });
      await audit({ entityType: "ProgramDocument", entityId: doc.id, after: { kind, riskFactorId, title, status: "draft" } });
      return { id: doc.id, code: cs.school.code };
    });
    revalidatePath(`/schools/${encodeURIComponent(created.code)}/documents`);
    return { documentId: created.id };
  });

export const updateDocumentHeaderAction = actionClient
  .metadata({ name: "document.update_header", permission: WRITE })
  .inputSchema(updateHeaderSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, ...fields } = parsedInput;
    const doc = await mutate(actor, { name: "document.update_header", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      const before = await tx.programDocument.findUniqueOrThrow({
        where: { id: documentId },
        select: { title: true, periodFrom: true, periodTo: true, mission: true, goal: true, desiredState: true, analysis: true },
      });
      await tx.programDocument.update({ where: { id: documentId }, data: fields });
      await audit({ entityType: "ProgramDocument", entityId: documentId, before, after: fields });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

// ───────────────────────────── tasks ─────────────────────────────

async function findTask(tx: Tx, documentId: string, taskId: string) {
  const task = await tx.documentTask.findFirst({ where: { id: taskId, documentId } });
  if (!task) throw outOfScope("DocumentTask", taskId);
  return task;
}

export const addTaskAction = actionClient
  .metadata({ name: "document.task.add", permission: WRITE })
  .inputSchema(addTaskSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, ...fields } = parsedInput;
    const doc = await mutate(actor, { name: "document.task.add", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      const last = await tx.documentTask.aggregate({ where: { documentId }, _max: { sortOrder: true } });
      const task = await tx.documentTask.create({ data: { documentId, sortOrder: (last._max.sortOrder ?? 0) + 1, ...fields }, select: { id: true } });
      await audit({ entityType: "DocumentTask", entityId: task.id, after: fields, meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

export const updateTaskAction = actionClient
  .metadata({ name: "document.task.update", permission: WRITE })
  .inputSchema(updateTaskSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, taskId, ...fields } = parsedInput;
    const doc = await mutate(actor, { name: "document.task.update", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      const task = await findTask(tx, documentId, taskId);
      await tx.documentTask.update({ where: { id: taskId }, data: { ...fields, version: { increment: 1 } } });
      await audit({ entityType: "DocumentTask", entityId: taskId, before: { title: task.title, cause: task.cause }, after: fields, meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

export const deleteTaskAction = actionClient
  .metadata({ name: "document.task.delete", permission: WRITE })
  .inputSchema(deleteTaskSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, taskId } = parsedInput;
    const doc = await mutate(actor, { name: "document.task.delete", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      const task = await findTask(tx, documentId, taskId);
      const measures = await tx.measure.count({ where: { taskId } });
      await tx.documentTask.delete({ where: { id: taskId } });
      // Close the gap so positions stay 1…n.
      await tx.documentTask.updateMany({ where: { documentId, sortOrder: { gt: task.sortOrder } }, data: { sortOrder: { decrement: 1 } } });
      await audit({ entityType: "DocumentTask", entityId: taskId, before: { title: task.title, cause: task.cause, measures }, meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

export const moveTaskAction = actionClient
  .metadata({ name: "document.task.move", permission: WRITE })
  .inputSchema(moveTaskSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, taskId, direction } = parsedInput;
    const doc = await mutate(actor, { name: "document.task.move", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      await findTask(tx, documentId, taskId);
      const tasks = await tx.documentTask.findMany({ where: { documentId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
      const from = tasks.findIndex((t) => t.id === taskId);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= tasks.length) throw new AppError("INVALID_TRANSITION", direction === "up" ? "Задача уже первая." : "Задача уже последняя.");
      const order = tasks.map((t) => t.id);
      [order[from], order[to]] = [order[to]!, order[from]!];
      for (const [i, id] of order.entries()) await tx.documentTask.update({ where: { id }, data: { sortOrder: i + 1 } });
      await audit({ entityType: "DocumentTask", entityId: taskId, before: { position: from + 1 }, after: { position: to + 1 }, meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

// ───────────────────────────── measures ─────────────────────────────

function checkDeadline(doc: LoadedDocument, deadline: Date | null, schema: typeof addMeasureSchema | typeof updateMeasureSchema) {
  const bounds = boundsOf(doc);
  if (deadline && !isWithinBounds(deadline, bounds)) {
    returnValidationErrors(schema, { deadline: { _errors: [deadlineOutOfBoundsMessage(bounds)] } });
  }
}

export const addMeasureAction = actionClient
  .metadata({ name: "document.measure.add", permission: WRITE })
  .inputSchema(addMeasureSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, taskId, ...fields } = parsedInput;
    const doc = await mutate(actor, { name: "document.measure.add", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      checkDeadline(doc, fields.deadline, addMeasureSchema);
      await findTask(tx, documentId, taskId);
      const last = await tx.measure.aggregate({ where: { taskId }, _max: { sortOrder: true } });
      const measure = await tx.measure.create({ data: { documentId, taskId, sortOrder: (last._max.sortOrder ?? 0) + 1, ...fields }, select: { id: true } });
      await audit({ entityType: "Measure", entityId: measure.id, after: fields, meta: { documentId, taskId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

async function findMeasure(tx: Tx, documentId: string, measureId: string) {
  const measure = await tx.measure.findFirst({ where: { id: measureId, documentId } });
  if (!measure) throw outOfScope("Measure", measureId);
  return measure;
}

const measureBefore = (m: Awaited<ReturnType<typeof findMeasure>>) => ({
  title: m.title,
  deadline: m.deadline,
  responsible: m.responsible,
  participants: m.participants,
  expectedResult: m.expectedResult,
  indicatorName: m.indicatorName,
  indicatorUnit: m.indicatorUnit,
  baseline: m.baseline?.toString() ?? null,
  target: m.target?.toString() ?? null,
  reportForm: m.reportForm,
});

export const updateMeasureAction = actionClient
  .metadata({ name: "document.measure.update", permission: WRITE })
  .inputSchema(updateMeasureSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, measureId, ...fields } = parsedInput;
    const doc = await mutate(actor, { name: "document.measure.update", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      checkDeadline(doc, fields.deadline, updateMeasureSchema);
      const measure = await findMeasure(tx, documentId, measureId);
      await tx.measure.update({ where: { id: measureId }, data: { ...fields, version: { increment: 1 } } });
      await audit({ entityType: "Measure", entityId: measureId, before: measureBefore(measure), after: fields, meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

export const deleteMeasureAction = actionClient
  .metadata({ name: "document.measure.delete", permission: WRITE })
  .inputSchema(deleteMeasureSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version, measureId } = parsedInput;
    const doc = await mutate(actor, { name: "document.measure.delete", permission: WRITE }, async (tx, audit) => {
      const doc = await openForEdit(tx, actor, documentId, version);
      const measure = await findMeasure(tx, documentId, measureId);
      await tx.measure.delete({ where: { id: measureId } });
      await tx.measure.updateMany({ where: { taskId: measure.taskId, sortOrder: { gt: measure.sortOrder } }, data: { sortOrder: { decrement: 1 } } });
      await audit({ entityType: "Measure", entityId: measureId, before: measureBefore(measure), meta: { documentId } });
      return doc;
    });
    revalidateDocument(doc);
    return { version: doc.version + 1 };
  });

// ───────────────────────────── submission ─────────────────────────────

/** Thrown inside the transaction to roll it back when the document is incomplete. */
class IncompleteDocument extends Error {
  constructor(readonly problems: string[]) {
    super("incomplete document");
  }
}

export const submitDocumentAction = actionClient
  .metadata({ name: "document.submit", permission: WRITE })
  .inputSchema(submitDocumentSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const { documentId, version } = parsedInput;
    try {
      const result = await mutate(actor, { name: "document.submit", permission: WRITE }, async (tx, audit) => {
        const doc = await findDocument(tx, actor, documentId);
        if (!doc) throw outOfScope("ProgramDocument", documentId);
        const step = transition(documentMachine, doc.status, "submit");
        if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
        const full = await tx.programDocument.findUniqueOrThrow({
          where: { id: documentId },
          include: { riskFactor: { select: { code: true } }, tasks: true, measures: true },
        });
        const snapshot = buildSnapshot(full);
        const problems = checkCompleteness(snapshot, boundsOf(doc));
        if (problems.length > 0) throw new IncompleteDocument(problems.map(formatProblem));

        const number = doc.currentRevision + 1;
        const submittedAt = new Date();
        expectOneRow(
          await tx.programDocument.updateMany({
            where: { id: documentId, version },
            data: { status: step.to, currentRevision: number, submittedAt, version: { increment: 1 } },
          }),
        );
        await tx.documentRevision.create({ data: { documentId, number, snapshot, submittedAt, submittedById: actor.userId } });
        const school = doc.cycleSchool.school;
        await notify(
          tx,
          await curatorsOf(tx, doc.cycleSchoolId),
          {
            kind: "submitted",
            title: `${school.shortName} отправила на экспертизу: ${doc.title} (редакция ${number})`,
            link: `/schools/${encodeURIComponent(school.code)}/documents/${documentId}`,
            entityType: "ProgramDocument",
            entityId: documentId,
          },
          { exceptUserId: actor.userId },
        );
        await audit({
          entityType: "ProgramDocument",
          entityId: documentId,
          before: { status: doc.status, currentRevision: doc.currentRevision },
          after: { status: step.to, currentRevision: number },
        });
        return { doc, number };
      });
      revalidateDocument(result.doc);
      return { ok: true as const, revision: result.number, version: result.doc.version + 1, problems: [] as string[] };
    } catch (error) {
      if (error instanceof IncompleteDocument) return { ok: false as const, revision: null, version, problems: error.problems };
      throw error;
    }
  });

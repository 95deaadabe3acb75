"use server";
/**
 * The analytical report's actions (coordinator, `report:manage`): generate
 * the draft, edit its title, paragraphs and tasks, prepare the order, and
 * approve the report by the order — which freezes `{ document, order }` as
 * the snapshot with its sha256. Every step is checked against the workflow
 * table (lib/domain/report/workflow.ts) inside the transaction that writes
 * it with its audit row; an approved report refuses every edit.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import { byPathErrors, toFormatted } from "@/lib/actions/validation-shape";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, Prisma, type Tx } from "@/lib/db/client";
import { contentHash } from "@/lib/domain/report/canonical";
import { defaultReportTitle, defaultTasks, PARAGRAPH_KEYS } from "@/lib/domain/report/defaults";
import { buildReportDocument, effectiveParagraphs } from "@/lib/domain/report/document";
import { parseNarrative } from "@/lib/domain/report/narrative";
import { orderRuleErrors } from "@/lib/domain/report/order";
import { APPROVE_WITHOUT_ORDER_REFUSAL, reportStep, type ReportEvent } from "@/lib/domain/report/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { loadReportData } from "./queries";
import {
  approveReportSchema,
  createReportSchema,
  saveReportOrderSchema,
  updateReportParagraphSchema,
  updateReportTasksSchema,
  updateReportTitleSchema,
} from "./schemas";
import { findReportCycle, orderDocumentFor, orderFieldsOf, type ReportSnapshot } from "./view";

const MANAGE = "report:manage" as const;
const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function revalidate(cycleId: string) {
  revalidatePath(`/cycles/${cycleId}/report`);
  revalidatePath(`/cycles/${cycleId}/report/order`);
}

/** The report by id within the actor's scope, with its cycle's stage; the step checked against the workflow. */
async function loadForStep(tx: Tx, actor: Actor, reportId: string, event: ReportEvent) {
  const report = await tx.analyticalReport.findFirst({
    where: { AND: [scope.report(actor, MANAGE), { id: reportId }] },
    select: {
      id: true,
      cycleId: true,
      title: true,
      status: true,
      narrative: true,
      version: true,
      cycle: { select: { status: true, year: true } },
      order: { select: { id: true, number: true, date: true, signatoryName: true, signatoryPosition: true, preamble: true, items: true, version: true } },
    },
  });
  if (!report) throw outOfScope("AnalyticalReport", reportId);
  const step = reportStep(event, report.status, report.cycle.status);
  if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
  return report;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export const createReportAction = actionClient
  .metadata({ name: "report.create", permission: MANAGE })
  .inputSchema(createReportSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycle = await findReportCycle(getDb(), actor, input.cycleId, MANAGE);
    if (!cycle) throw outOfScope("Cycle", input.cycleId);
    const existing = await getDb().analyticalReport.findUnique({ where: { cycleId: cycle.id }, select: { status: true } });
    const early = reportStep("create", existing?.status ?? "none", cycle.status);
    if (!early.ok) throw new AppError("INVALID_TRANSITION", early.reason);
    // Read before the transaction: the embedded database serves one connection at a time.
    const title = defaultReportTitle(cycle.municipality.name, cycle.year);
    const data = await loadReportData(actor, cycle, { title });
    const narrative = { paragraphs: {}, tasks: defaultTasks(data) };

    const id = await mutate(actor, { name: "report.create", permission: MANAGE }, async (tx, audit) => {
      const current = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { status: true, report: { select: { status: true } } } });
      const step = reportStep("create", current.report?.status ?? "none", current.status);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      try {
        const report = await tx.analyticalReport.create({ data: { cycleId: cycle.id, title, narrative }, select: { id: true } });
        await audit({ entityType: "AnalyticalReport", entityId: report.id, after: { cycleId: cycle.id, title, tasks: narrative.tasks.length } });
        return report.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError("CONFLICT");
        throw error;
      }
    });
    revalidate(cycle.id);
    return { id };
  });

export const updateReportTitleAction = actionClient
  .metadata({ name: "report.update_title", permission: MANAGE })
  .inputSchema(updateReportTitleSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "report.update_title", permission: MANAGE }, async (tx, audit) => {
      const report = await loadForStep(tx, actor, input.reportId, "edit");
      expectOneRow(await tx.analyticalReport.updateMany({ where: { id: report.id, version: input.version, status: "draft" }, data: { title: input.title, version: { increment: 1 } } }));
      await audit({ entityType: "AnalyticalReport", entityId: report.id, before: { title: report.title }, after: { title: input.title } });
      return report.cycleId;
    });
    revalidate(cycleId);
    return { ok: true };
  });

export const updateReportParagraphAction = actionClient
  .metadata({ name: "report.update_paragraph", permission: MANAGE })
  .inputSchema(updateReportParagraphSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "report.update_paragraph", permission: MANAGE }, async (tx, audit) => {
      const report = await loadForStep(tx, actor, input.reportId, "edit");
      if (!(PARAGRAPH_KEYS as readonly string[]).includes(input.key)) {
        // A school's comment: the school must be in the cycle's lists.
        const code = input.key.slice("school.".length);
        const inCycle = await tx.cycleSchool.count({ where: { cycleId: report.cycleId, school: { code } } });
        if (!inCycle) returnValidationErrors(updateReportParagraphSchema, { key: { _errors: ["Такого абзаца в справке нет"] } });
      }
      const narrative = parseNarrative(report.narrative);
      const before = narrative.paragraphs[input.key] ?? null;
      const paragraphs = { ...narrative.paragraphs };
      if (input.text === null) delete paragraphs[input.key];
      else paragraphs[input.key] = input.text;
      expectOneRow(
        await tx.analyticalReport.updateMany({
          where: { id: report.id, version: input.version, status: "draft" },
          data: { narrative: { ...narrative, paragraphs }, version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "AnalyticalReport", entityId: report.id, before: { key: input.key, text: before }, after: { key: input.key, text: input.text } });
      return report.cycleId;
    });
    revalidate(cycleId);
    return { ok: true };
  });

export const updateReportTasksAction = actionClient
  .metadata({ name: "report.update_tasks", permission: MANAGE })
  .inputSchema(updateReportTasksSchema, byPathErrors)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const cycleId = await mutate(actor, { name: "report.update_tasks", permission: MANAGE }, async (tx, audit) => {
      const report = await loadForStep(tx, actor, input.reportId, "edit");
      const narrative = parseNarrative(report.narrative);
      expectOneRow(
        await tx.analyticalReport.updateMany({
          where: { id: report.id, version: input.version, status: "draft" },
          data: { narrative: { ...narrative, tasks: input.tasks }, version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "AnalyticalReport", entityId: report.id, before: { tasks: narrative.tasks }, after: { tasks: input.tasks } });
      return report.cycleId;
    });
    revalidate(cycleId);
    return { ok: true };
  });

export const saveReportOrderAction = actionClient
  .metadata({ name: "report.save_order", permission: MANAGE })
  .inputSchema(saveReportOrderSchema, byPathErrors)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const result = await mutate(actor, { name: "report.save_order", permission: MANAGE }, async (tx, audit) => {
      const report = await loadForStep(tx, actor, input.reportId, "save_order");
      const errors = orderRuleErrors(input, { year: report.cycle.year, today: new Date() });
      if (Object.keys(errors).length) returnValidationErrors(saveReportOrderSchema, toFormatted(errors) as never);
      const data = {
        number: input.number,
        date: toDate(input.date),
        signatoryName: input.signatoryName,
        signatoryPosition: input.signatoryPosition,
        preamble: input.preamble,
        items: input.items,
      };
      const after = { ...data, date: input.date };
      const existing = report.order;
      // The form must have seen the order that is stored now (none, or this version).
      if ((existing?.version ?? null) !== input.orderVersion) throw new AppError("CONFLICT");
      if (existing) {
        expectOneRow(await tx.reportOrder.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } }));
        await audit({ entityType: "ReportOrder", entityId: existing.id, before: { ...orderFieldsOf(existing), version: undefined }, after, meta: { reportId: report.id } });
        return { cycleId: report.cycleId, id: existing.id };
      }
      try {
        const order = await tx.reportOrder.create({ data: { reportId: report.id, ...data }, select: { id: true } });
        await audit({ entityType: "ReportOrder", entityId: order.id, after, meta: { reportId: report.id } });
        return { cycleId: report.cycleId, id: order.id };
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError("CONFLICT");
        throw error;
      }
    });
    revalidate(result.cycleId);
    return { id: result.id };
  });

export const approveReportAction = actionClient
  .metadata({ name: "report.approve", permission: MANAGE })
  .inputSchema(approveReportSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const db = getDb();
    // Everything the snapshot needs is read and built before the transaction
    // (one connection on the embedded database); the transaction then checks
    // that neither the report nor its order changed meanwhile.
    const report = await loadForStep(db, actor, input.reportId, "approve");
    if (!report.order) throw new AppError("INVALID_TRANSITION", APPROVE_WITHOUT_ORDER_REFUSAL);
    const cycle = (await findReportCycle(db, actor, report.cycleId, MANAGE))!;
    const fields = orderFieldsOf(report.order);
    const data = await loadReportData(actor, cycle, { title: report.title, approval: { orderNumber: fields.number, orderDate: report.order.date } });
    const narrative = parseNarrative(report.narrative);
    const snapshot: ReportSnapshot = { document: buildReportDocument(data, narrative), order: orderDocumentFor(cycle, report.title, fields) };
    const hash = contentHash(snapshot);
    const finalNarrative = { paragraphs: effectiveParagraphs(data, narrative), tasks: narrative.tasks.map((t) => t.trim()).filter(Boolean) };

    await mutate(actor, { name: "report.approve", permission: MANAGE }, async (tx, audit) => {
      // Lock the order first: an order saved concurrently either commits before this reads it (CONFLICT
      // below) or waits and is then refused by the database (an approved report's order is immutable).
      await tx.$queryRaw`SELECT 1 FROM "ReportOrder" WHERE "reportId" = ${report.id} FOR UPDATE`;
      const current = await loadForStep(tx, actor, report.id, "approve");
      if (current.version !== input.version || current.version !== report.version || current.order?.version !== report.order!.version) throw new AppError("CONFLICT");
      const approvedAt = new Date();
      expectOneRow(
        await tx.analyticalReport.updateMany({
          where: { id: report.id, version: input.version, status: "draft" },
          data: {
            status: "approved",
            snapshot: snapshot as unknown as Prisma.InputJsonObject,
            contentHash: hash,
            narrative: finalNarrative,
            approvedAt,
            approvedById: actor.userId,
            version: { increment: 1 },
          },
        }),
      );
      await audit({
        entityType: "AnalyticalReport",
        entityId: report.id,
        before: { status: "draft" },
        after: { status: "approved", contentHash: hash, orderNumber: fields.number, orderDate: fields.date, approvedAt: approvedAt.toISOString() },
      });
    });
    revalidate(report.cycleId);
    revalidatePath(`/cycles/${report.cycleId}`);
    return { contentHash: hash };
  });

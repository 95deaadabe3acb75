"use server";
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, mutate, type AuditFn } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { isoDay } from "@/lib/domain/measures";
import { measureMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { claimFiles } from "@/lib/files/upload";
import { curatorsOf, notify, schoolAdminsOf } from "@/lib/features/notifications/notify";
import { addEvidenceSchema, MEASURE_MESSAGES, measureProgressSchema, measureReviewSchema, recordReadingSchema } from "./schemas";

const measureSelect = {
  id: true,
  title: true,
  status: true,
  statusComment: true,
  version: true,
  actual: true,
  document: {
    select: { id: true, status: true, cycleSchoolId: true, cycleSchool: { select: { schoolId: true, school: { select: { code: true, shortName: true } } } } },
  },
  _count: { select: { evidence: true } },
} as const;

/** The measure within the actor's scope for the permission, or 404 (audited). */
async function loadMeasure(tx: Tx, actor: Actor, permission: Permission, measureId: string) {
  const measure = await tx.measure.findFirst({ where: { AND: [scope.measure(actor, permission), { id: measureId }] }, select: measureSelect });
  if (!measure) throw outOfScope("Measure", measureId);
  return measure;
}
type LoadedMeasure = Awaited<ReturnType<typeof loadMeasure>>;

function assertInImplementation(measure: LoadedMeasure) {
  if (measure.document.status !== "confirmed") throw new AppError("INVALID_TRANSITION", MEASURE_MESSAGES.notInImplementation);
}

/**
 * A page opened before someone else changed the measure: say so, rather than
 * refusing the transition from a status the user no longer sees.
 */
function assertSameVersion(measure: LoadedMeasure, version: number) {
  if (measure.version !== version) throw new AppError("CONFLICT");
}

const measurePath = (m: LoadedMeasure) => `/schools/${m.document.cycleSchool.school.code}/measures/${m.id}`;

type EvidenceInput = { fileIds: string[]; linkUrl?: string; linkTitle?: string };

/** Attaches new evidence inside the transaction; returns what was added (for the audit row). */
async function attachEvidence(tx: Tx, actor: Actor, measureId: string, input: EvidenceInput) {
  const files = await claimFiles(tx, actor, input.fileIds);
  const added: Array<{ kind: "file" | "link"; title: string; fileId?: string; url?: string }> = [];
  for (const file of files) {
    await tx.evidence.create({ data: { kind: "file", measureId, fileId: file.id, title: file.originalName, createdById: actor.userId } });
    added.push({ kind: "file", title: file.originalName, fileId: file.id });
  }
  if (input.linkUrl) {
    const title = input.linkTitle || input.linkUrl;
    await tx.evidence.create({ data: { kind: "link", measureId, url: input.linkUrl, title, createdById: actor.userId } });
    added.push({ kind: "link", title, url: input.linkUrl });
  }
  return added;
}

async function applyTransition(
  tx: Tx,
  audit: AuditFn,
  actor: Actor,
  measure: LoadedMeasure,
  input: { version: number; event: keyof typeof measureMachine; comment?: string },
  extra: { evidenceAdded?: unknown[] } = {},
) {
  assertSameVersion(measure, input.version);
  const result = transition(measureMachine, measure.status, input.event);
  if (!result.ok) throw new AppError("INVALID_TRANSITION", result.reason);
  const to: MeasureStatus = result.to;
  const now = new Date();
  const comment = input.comment || null;
  expectOneRow(
    await tx.measure.updateMany({
      where: { id: measure.id, version: input.version },
      data: {
        status: to,
        statusComment: to === "not_done" || to === "needs_revision" ? comment : null,
        ...(to === "done" || to === "not_done" ? { completedAt: now } : {}),
        ...(to === "confirmed" ? { confirmedAt: now } : {}),
        version: { increment: 1 },
      },
    }),
  );
  await tx.measureStatusChange.create({ data: { measureId: measure.id, from: measure.status, to, comment, actorId: actor.userId } });
  await audit({
    entityType: "Measure",
    entityId: measure.id,
    before: { status: measure.status, statusComment: measure.statusComment },
    after: { status: to, statusComment: to === "not_done" || to === "needs_revision" ? comment : null, ...extra },
  });

  const school = measure.document.cycleSchool;
  const link = measurePath(measure);
  if (to === "done") {
    await notify(
      tx,
      await curatorsOf(tx, measure.document.cycleSchoolId),
      { kind: "submitted", title: `${school.school.shortName}: мероприятие выполнено и ждёт подтверждения — «${measure.title}»`, link, entityType: "Measure", entityId: measure.id },
      { exceptUserId: actor.userId },
    );
  } else if (to === "confirmed" || to === "needs_revision") {
    await notify(
      tx,
      await schoolAdminsOf(tx, school.schoolId),
      {
        kind: to === "confirmed" ? "confirmed" : "returned",
        // «Выполнено» alone would not say that the curator confirmed it.
        title: to === "confirmed" ? `Куратор подтвердил выполнение мероприятия «${measure.title}»` : `Куратор вернул на доработку мероприятие «${measure.title}»`,
        body: comment ?? undefined,
        link,
        entityType: "Measure",
        entityId: measure.id,
      },
      { exceptUserId: actor.userId },
    );
  }
  return to;
}

/** School: «Выполнение», «Выполнено» (≥ 1 evidence, existing or sent now), «Не выполнено» (reason). */
export const progressMeasureAction = actionClient
  .metadata({ name: "measure.progress", permission: "measure:update" })
  .inputSchema(measureProgressSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const meta = { name: `measure.${input.event}`, permission: "measure:update" } as const;
    const { status, path } = await mutate(actor, meta, async (tx, audit) => {
      const measure = await loadMeasure(tx, actor, "measure:update", input.measureId);
      assertInImplementation(measure);
      assertSameVersion(measure, input.version);
      const check = transition(measureMachine, measure.status, input.event);
      if (!check.ok) throw new AppError("INVALID_TRANSITION", check.reason);
      const added = await attachEvidence(tx, actor, measure.id, input);
      if (input.event === "complete" && measure._count.evidence + added.length === 0) {
        returnValidationErrors(measureProgressSchema, { fileIds: { _errors: [MEASURE_MESSAGES.evidenceRequired] } });
      }
      const to = await applyTransition(tx, audit, actor, measure, input, added.length ? { evidenceAdded: added } : {});
      return { status: to, path: measurePath(measure) };
    });
    revalidatePath(path);
    return { ok: true, status };
  });

/** Curator: confirm a done measure, or return it for revision with a comment. */
export const reviewMeasureAction = actionClient
  .metadata({ name: "measure.review", permission: "measure:confirm" })
  .inputSchema(measureReviewSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const meta = { name: `measure.${input.event}`, permission: "measure:confirm" } as const;
    const { status, path } = await mutate(actor, meta, async (tx, audit) => {
      const measure = await loadMeasure(tx, actor, "measure:confirm", input.measureId);
      assertInImplementation(measure);
      const to = await applyTransition(tx, audit, actor, measure, input);
      return { status: to, path: measurePath(measure) };
    });
    revalidatePath(path);
    return { ok: true, status };
  });

/** School: add evidence (files and/or a link) without changing the status. */
export const addMeasureEvidenceAction = actionClient
  .metadata({ name: "measure.add_evidence", permission: "measure:update" })
  .inputSchema(addEvidenceSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const path = await mutate(actor, { name: "measure.add_evidence", permission: "measure:update" }, async (tx, audit) => {
      const measure = await loadMeasure(tx, actor, "measure:update", input.measureId);
      assertInImplementation(measure);
      if (measure.status === "confirmed") throw new AppError("INVALID_TRANSITION", MEASURE_MESSAGES.locked);
      const added = await attachEvidence(tx, actor, measure.id, input);
      await audit({ entityType: "Measure", entityId: measure.id, before: { evidence: measure._count.evidence }, after: { evidenceAdded: added } });
      return measurePath(measure);
    });
    revalidatePath(path);
    return { ok: true };
  });

/** School: record an actual value of the indicator; the measure's «факт» becomes it. */
export const recordMeasureReadingAction = actionClient
  .metadata({ name: "measure.record_reading", permission: "measure:update" })
  .inputSchema(recordReadingSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    if (input.date > isoDay(new Date())) returnValidationErrors(recordReadingSchema, { date: { _errors: [MEASURE_MESSAGES.futureDate] } });
    const path = await mutate(actor, { name: "measure.record_reading", permission: "measure:update" }, async (tx, audit) => {
      const measure = await loadMeasure(tx, actor, "measure:update", input.measureId);
      assertInImplementation(measure);
      expectOneRow(
        await tx.measure.updateMany({ where: { id: measure.id, version: input.version }, data: { actual: input.value, version: { increment: 1 } } }),
      );
      const reading = await tx.measureIndicatorReading.create({
        data: { measureId: measure.id, date: new Date(`${input.date}T00:00:00Z`), value: input.value, note: input.note || null, recordedById: actor.userId },
      });
      await audit({
        entityType: "Measure",
        entityId: measure.id,
        before: { actual: measure.actual?.toString() ?? null },
        after: { actual: String(input.value), readingId: reading.id, date: input.date },
      });
      return measurePath(measure);
    });
    revalidatePath(path);
    return { ok: true };
  });

"use server";
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { mutualMachine, pairingProblem } from "@/lib/domain/reviews/mutual";
import { transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { checkReviewInput, saveReview } from "@/lib/features/reviews/core";
import { byPathErrors } from "@/lib/actions/validation-shape";
import { reviewInputSchema } from "@/lib/features/reviews/schemas";
import { notify, schoolAdminsOf } from "@/lib/features/notifications/notify";
import { claimFiles } from "@/lib/files/upload";
import { MUTUAL_PAIR_STATUS_LABELS } from "@/lib/i18n/labels";
import type { z } from "zod";
import { createPairSchema, deletePairSchema, markStepSchema, uploadProtocolSchema } from "./schemas";

const pairSelect = {
  id: true,
  cycleId: true,
  status: true,
  version: true,
  schoolAId: true,
  schoolBId: true,
  schoolA: { select: { id: true, schoolId: true, school: { select: { code: true, shortName: true } } } },
  schoolB: { select: { id: true, schoolId: true, school: { select: { code: true, shortName: true } } } },
} as const;

async function loadPair(tx: Tx, actor: Actor, permission: Permission, pairId: string) {
  const pair = await tx.mutualPair.findFirst({ where: { AND: [scope.mutualPair(actor, permission), { id: pairId }] }, select: pairSelect });
  if (!pair) throw outOfScope("MutualPair", pairId);
  return pair;
}

/** The side of the pair the actor acts for: the school whose administrative team they are in. */
function ownSide(actor: Actor, pair: Awaited<ReturnType<typeof loadPair>>) {
  const schools = new Set(actor.roles.filter((g) => g.role === "school_admin").map((g) => g.schoolId));
  if (schools.has(pair.schoolA.schoolId)) return { own: pair.schoolA, partner: pair.schoolB };
  if (schools.has(pair.schoolB.schoolId)) return { own: pair.schoolB, partner: pair.schoolA };
  throw new AppError("FORBIDDEN", "Взаимоэкспертизу ведёт административная команда одной из школ пары.");
}

function revalidatePair(pair: { cycleId: string; schoolA: { school: { code: string } }; schoolB: { school: { code: string } } }) {
  revalidatePath(`/schools/${pair.schoolA.school.code}/mutual`);
  revalidatePath(`/schools/${pair.schoolB.school.code}/mutual`);
  revalidatePath(`/cycles/${pair.cycleId}/mutual`);
}

// ───────────────────────── the coordinator ─────────────────────────

/** Pairs two schools of the cycle; the deadlines come from the cycle. */
export const createMutualPairAction = actionClient
  .metadata({ name: "mutual.pair", permission: "cycle:manage" })
  .inputSchema(createPairSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const pair = await mutate(actor, { name: "mutual.pair", permission: "cycle:manage" }, async (tx, audit) => {
      const cycle = await tx.cycle.findFirst({
        where: { AND: [scope.cycle(actor, "cycle:manage"), { id: parsedInput.cycleId }] },
        select: { id: true, mutualExchangeDeadline: true, mutualMeetingDeadline: true, mutualUploadDeadline: true },
      });
      if (!cycle) throw outOfScope("Cycle", parsedInput.cycleId);
      const schools = await tx.cycleSchool.findMany({
        where: { cycleId: cycle.id, id: { in: [parsedInput.schoolAId, parsedInput.schoolBId] } },
        select: { id: true, schoolId: true, school: { select: { shortName: true } } },
      });
      const ids = new Set(schools.map((s) => s.id));
      if (!ids.has(parsedInput.schoolAId)) throw outOfScope("CycleSchool", parsedInput.schoolAId);
      if (!ids.has(parsedInput.schoolBId)) throw outOfScope("CycleSchool", parsedInput.schoolBId);
      const existing = await tx.mutualPair.findMany({ where: { cycleId: cycle.id }, select: { schoolAId: true, schoolBId: true } });
      const paired = new Set(existing.flatMap((p) => [p.schoolAId, p.schoolBId]));
      const problem = pairingProblem(parsedInput.schoolAId, parsedInput.schoolBId, paired);
      if (problem) returnValidationErrors(createPairSchema, { schoolBId: { _errors: [problem] } });
      const created = await tx.mutualPair.create({
        data: {
          cycleId: cycle.id,
          schoolAId: parsedInput.schoolAId,
          schoolBId: parsedInput.schoolBId,
          exchangeDeadline: cycle.mutualExchangeDeadline,
          meetingDeadline: cycle.mutualMeetingDeadline,
          uploadDeadline: cycle.mutualUploadDeadline,
        },
        select: pairSelect,
      });
      await audit({ entityType: "MutualPair", entityId: created.id, after: { schoolAId: created.schoolAId, schoolBId: created.schoolBId } });
      const names = schools.map((s) => s.school.shortName).join(" — ");
      for (const [side, partner] of [
        [created.schoolA, created.schoolB],
        [created.schoolB, created.schoolA],
      ] as const) {
        await notify(
          tx,
          await schoolAdminsOf(tx, side.schoolId),
          { kind: "info", title: `Взаимоэкспертиза: пара ${names}`, body: `Партнёр: ${partner.school.shortName}`, link: `/schools/${side.school.code}/mutual`, entityType: "MutualPair", entityId: created.id },
          { exceptUserId: actor.userId },
        );
      }
      return created;
    });
    revalidatePair(pair);
    return { ok: true as const, pairId: pair.id };
  });

/** Unpairs two schools — only before either of them started reviewing. */
export const deleteMutualPairAction = actionClient
  .metadata({ name: "mutual.unpair", permission: "cycle:manage" })
  .inputSchema(deletePairSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const pair = await mutate(actor, { name: "mutual.unpair", permission: "cycle:manage" }, async (tx, audit) => {
      const pair = await loadPair(tx, actor, "cycle:manage", parsedInput.pairId);
      if (await tx.review.count({ where: { mutualPairId: pair.id } })) {
        throw new AppError("INVALID_TRANSITION", "Пару нельзя расформировать: школы уже начали взаимоэкспертизу.");
      }
      expectOneRow(await tx.mutualPair.deleteMany({ where: { id: pair.id, version: parsedInput.version } }));
      await audit({ entityType: "MutualPair", entityId: pair.id, before: { schoolAId: pair.schoolAId, schoolBId: pair.schoolBId, status: pair.status } });
      return pair;
    });
    revalidatePair(pair);
    return { ok: true as const };
  });

// ───────────────────────── the schools ─────────────────────────

/** «обмен документами выполнен» / «встреча проведена». */
export const markMutualStepAction = actionClient
  .metadata({ name: "mutual.step", permission: "mutual_review:write" })
  .inputSchema(markStepSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const pair = await mutate(actor, { name: "mutual.step", permission: "mutual_review:write" }, async (tx, audit) => {
      const pair = await loadPair(tx, actor, "mutual_review:write", parsedInput.pairId);
      const { own, partner } = ownSide(actor, pair);
      const step = transition(mutualMachine, pair.status, parsedInput.step);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      const now = new Date();
      expectOneRow(
        await tx.mutualPair.updateMany({
          where: { id: pair.id, version: parsedInput.version },
          data: { status: step.to, ...(parsedInput.step === "exchange" ? { exchangedAt: now } : { meetingAt: now }), version: { increment: 1 } },
        }),
      );
      await audit({ action: `mutual.${parsedInput.step}`, entityType: "MutualPair", entityId: pair.id, before: { status: pair.status }, after: { status: step.to } });
      await notify(
        tx,
        await schoolAdminsOf(tx, partner.schoolId),
        { kind: "info", title: `Взаимоэкспертиза с ${own.school.shortName}: ${MUTUAL_PAIR_STATUS_LABELS[step.to].toLowerCase()}`, link: `/schools/${partner.school.code}/mutual`, entityType: "MutualPair", entityId: pair.id },
        { exceptUserId: actor.userId },
      );
      return pair;
    });
    revalidatePair(pair);
    return { ok: true as const };
  });

/** The final protocol of the meeting: the file uploaded through /api/uploads. */
export const uploadMutualProtocolAction = actionClient
  .metadata({ name: "mutual.upload", permission: "mutual_review:write" })
  .inputSchema(uploadProtocolSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const pair = await mutate(actor, { name: "mutual.upload", permission: "mutual_review:write" }, async (tx, audit) => {
      const pair = await loadPair(tx, actor, "mutual_review:write", parsedInput.pairId);
      const { own, partner } = ownSide(actor, pair);
      const step = transition(mutualMachine, pair.status, "upload");
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      const [file] = await claimFiles(tx, actor, [parsedInput.fileId]);
      expectOneRow(
        await tx.mutualPair.updateMany({
          where: { id: pair.id, version: parsedInput.version },
          data: { status: step.to, uploadedAt: new Date(), finalFileId: file.id, version: { increment: 1 } },
        }),
      );
      await audit({ action: "mutual.upload", entityType: "MutualPair", entityId: pair.id, before: { status: pair.status }, after: { status: step.to, fileId: file.id } });
      await notify(
        tx,
        await schoolAdminsOf(tx, partner.schoolId),
        { kind: "info", title: `Взаимоэкспертиза с ${own.school.shortName}: итоговый протокол загружен`, link: `/schools/${partner.school.code}/mutual`, entityType: "MutualPair", entityId: pair.id },
        { exceptUserId: actor.userId },
      );
      return pair;
    });
    revalidatePair(pair);
    return { ok: true as const };
  });

type ParsedReview = z.output<typeof reviewInputSchema>;
const shape = byPathErrors;

async function mutualReview(actor: Actor, input: ParsedReview, mode: "draft" | "submit") {
  const name = mode === "submit" ? "review.submit" : "review.save_draft";
  const pair = await mutate(actor, { name, permission: "mutual_review:write" }, async (tx, audit) => {
    if (!input.pairId) throw outOfScope("MutualPair", "");
    const pair = await loadPair(tx, actor, "mutual_review:write", input.pairId);
    const { own, partner } = ownSide(actor, pair);
    // Only the partner's submitted documents are in the package.
    const document = await tx.programDocument.findFirst({
      where: { id: input.documentId, cycleSchoolId: partner.id, status: { not: "draft" } },
      select: { id: true, kind: true, currentRevision: true },
    });
    if (!document) throw outOfScope("ProgramDocument", input.documentId);
    if (pair.status === "paired") throw new AppError("INVALID_TRANSITION", "Заполнить экспертизу можно после обмена документами.");
    const criterionIds = await checkReviewInput(tx, input, document.kind, mode);
    const saved = await saveReview(tx, actor, audit, "mutual_review:write", { kind: "mutual", document, reviewerCycleSchoolId: own.id, mutualPairId: pair.id }, input, mode, criterionIds);
    return { ...pair, ...saved };
  });
  revalidatePair(pair);
  return { ok: true as const, reviewId: pair.reviewId, version: pair.version };
}

/** A school saves its draft review of the partner's document. */
export const saveMutualReviewDraftAction = actionClient
  .metadata({ name: "review.save_draft", permission: "mutual_review:write" })
  .inputSchema(reviewInputSchema, shape)
  .action(async ({ parsedInput, ctx: { actor } }) => mutualReview(actor, parsedInput, "draft"));

/** A school completes its review of the partner's document (the document's status does not change). */
export const submitMutualReviewAction = actionClient
  .metadata({ name: "review.submit", permission: "mutual_review:write" })
  .inputSchema(reviewInputSchema, shape)
  .action(async ({ parsedInput, ctx: { actor } }) => mutualReview(actor, parsedInput, "submit"));

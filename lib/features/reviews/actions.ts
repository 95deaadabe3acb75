"use server";
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { actionClient } from "@/lib/actions/safe-action";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { documentHeading } from "@/lib/domain/documents/fields";
import { documentMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { notify, schoolAdminsOf } from "@/lib/features/notifications/notify";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";
import { checkReviewInput, saveReview } from "./core";
import { byPathErrors, toFormatted } from "@/lib/actions/validation-shape";
import { reviewInputSchema } from "./schemas";
import type { z } from "zod";

type ParsedReview = z.output<typeof reviewInputSchema>;
const shape = byPathErrors;

const NOT_UNDER_REVIEW = "Экспертиза возможна только для документа, отправленного на экспертизу.";

async function loadDocumentForReview(tx: Tx, actor: Actor, documentId: string) {
  const document = await tx.programDocument.findFirst({
    where: { AND: [scope.document(actor, "document:review"), { id: documentId }] },
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      version: true,
      currentRevision: true,
      cycleSchool: { select: { id: true, cycleId: true, school: { select: { id: true, code: true, shortName: true } } } },
    },
  });
  if (!document) throw outOfScope("ProgramDocument", documentId);
  return document;
}

async function curatorReview(actor: Actor, input: ParsedReview, mode: "draft" | "submit") {
  const name = mode === "submit" ? "review.submit" : "review.save_draft";
  const result = await mutate(actor, { name, permission: "document:review" }, async (tx, audit) => {
    const document = await loadDocumentForReview(tx, actor, input.documentId);
    if (document.status !== "submitted") throw new AppError("INVALID_TRANSITION", NOT_UNDER_REVIEW);
    const criterionIds = await checkReviewInput(tx, input, document.kind, mode);

    let event: "confirm" | "return" | null = null;
    if (mode === "submit") {
      if (input.documentVersion === undefined) returnValidationErrors(reviewInputSchema, toFormatted({ documentVersion: "Обновите страницу" }) as never);
      event = input.verdict === "confirmed" ? "confirm" : "return";
      const step = transition(documentMachine, document.status, event);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
    }

    const saved = await saveReview(
      tx,
      actor,
      audit,
      "document:review",
      { kind: "curator", document, reviewerCycleSchoolId: null, mutualPairId: null },
      input,
      mode,
      criterionIds,
    );

    if (event) {
      const to = event === "confirm" ? ("confirmed" as const) : ("returned" as const);
      expectOneRow(
        await tx.programDocument.updateMany({
          where: { id: document.id, version: input.documentVersion },
          data: { status: to, confirmedAt: to === "confirmed" ? new Date() : null, version: { increment: 1 } },
        }),
      );
      await audit({
        action: event === "confirm" ? "document.confirm" : "document.return",
        entityType: "ProgramDocument",
        entityId: document.id,
        before: { status: document.status },
        after: { status: to, reviewId: saved.reviewId },
      });
      const kindLabel = DOCUMENT_KIND_LABELS[document.kind];
      // A default title already names its kind («Антирисковая программа «…» на 2026 год»).
      const named = documentHeading(kindLabel, document.title) === document.title ? `«${document.title}»` : `«${document.title}» (${kindLabel})`;
      await notify(
        tx,
        await schoolAdminsOf(tx, document.cycleSchool.school.id),
        {
          kind: to === "confirmed" ? "confirmed" : "returned",
          title:
            to === "confirmed"
              ? `Куратор подтвердил документ ${named}`
              : `Документ ${named} возвращён на доработку`,
          link: `/schools/${document.cycleSchool.school.code}/documents/${document.id}`,
          entityType: "ProgramDocument",
          entityId: document.id,
        },
        { exceptUserId: actor.userId },
      );
    }
    return { ...saved, code: document.cycleSchool.school.code };
  });
  revalidatePath(`/schools/${result.code}/documents/${input.documentId}`, "layout");
  return { ok: true as const, reviewId: result.reviewId, version: result.version };
}

/** The curator saves the expertise as a draft (partial scoring allowed; comments below «Да» required). */
export const saveCuratorReviewDraftAction = actionClient
  .metadata({ name: "review.save_draft", permission: "document:review" })
  .inputSchema(reviewInputSchema, shape)
  .action(async ({ parsedInput, ctx: { actor } }) => curatorReview(actor, parsedInput, "draft"));

/**
 * The curator completes the expertise: every criterion scored, a verdict; the
 * document is confirmed or returned in the same transaction.
 */
export const submitCuratorReviewAction = actionClient
  .metadata({ name: "review.submit", permission: "document:review" })
  .inputSchema(reviewInputSchema, shape)
  .action(async ({ parsedInput, ctx: { actor } }) => curatorReview(actor, parsedInput, "submit"));

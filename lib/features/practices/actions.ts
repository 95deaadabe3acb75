"use server";
import { PRACTICE_MESSAGES } from "./messages";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { grantsFor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { transition } from "@/lib/domain/workflow/machine";
import { practiceMachine } from "@/lib/domain/workflow/tables";
import { AppError, outOfScope } from "@/lib/errors";
import { claimFiles } from "@/lib/files/upload";
import { coordinatorsOf, notify } from "@/lib/features/notifications/notify";
import { PRACTICE_STATUS_LABELS } from "@/lib/i18n/labels";
import { moderatePracticeSchema, submitPracticeSchema, updatePracticeSchema } from "./schemas";

/** Submits a practice to the bank of the author's municipality, with its files. */
export const submitPracticeAction = actionClient
  .metadata({ name: "practice.submit", permission: "practice:submit" })
  .inputSchema(submitPracticeSchema)
  .action(async ({ parsedInput: { fileIds, ...fields }, ctx: { actor } }) => {
    const grant = grantsFor(actor, "practice:submit").find((g) => g.municipalityId);
    if (!grant?.municipalityId) throw new AppError("VALIDATION", PRACTICE_MESSAGES.noMunicipality);
    const id = await mutate(actor, { name: "practice.submit", permission: "practice:submit" }, async (tx, audit) => {
      const files = await claimFiles(tx, actor, fileIds);
      const practice = await tx.practice.create({
        data: {
          ...fields,
          municipalityId: grant.municipalityId!,
          schoolId: grant.schoolId,
          submittedById: actor.userId,
          files: { create: files.map((f) => ({ fileId: f.id })) },
        },
      });
      await audit({ entityType: "Practice", entityId: practice.id, after: { ...fields, files: files.map((f) => f.originalName) } });
      await notify(
        tx,
        await coordinatorsOf(tx, grant.municipalityId!),
        { kind: "submitted", title: `Новая практика в банке: «${fields.title}»`, link: `/practices/${practice.id}`, entityType: "Practice", entityId: practice.id },
        { exceptUserId: actor.userId },
      );
      return practice.id;
    });
    revalidatePath("/practices");
    return { id };
  });

/** The author edits their practice while it is submitted; new files are added. */
export const updatePracticeAction = actionClient
  .metadata({ name: "practice.update", permission: "practice:submit" })
  .inputSchema(updatePracticeSchema)
  .action(async ({ parsedInput: { practiceId, version, fileIds, ...fields }, ctx: { actor } }) => {
    await mutate(actor, { name: "practice.update", permission: "practice:submit" }, async (tx, audit) => {
      const practice = await tx.practice.findFirst({
        where: { AND: [scope.practice(actor, "practice:submit"), { id: practiceId, submittedById: actor.userId }] },
        select: { id: true, status: true, title: true, authors: true, organization: true, level: true, theme: true, description: true },
      });
      if (!practice) throw outOfScope("Practice", practiceId);
      if (practice.status !== "submitted") throw new AppError("INVALID_TRANSITION", PRACTICE_MESSAGES.notEditable);
      const files = await claimFiles(tx, actor, fileIds);
      expectOneRow(await tx.practice.updateMany({ where: { id: practice.id, version, status: "submitted" }, data: { ...fields, version: { increment: 1 } } }));
      if (files.length) await tx.practiceFile.createMany({ data: files.map((f) => ({ practiceId: practice.id, fileId: f.id })) });
      const { id: _id, status: _status, ...before } = practice;
      await audit({ entityType: "Practice", entityId: practice.id, before, after: { ...fields, addedFiles: files.map((f) => f.originalName) } });
    });
    revalidatePath("/practices");
    revalidatePath(`/practices/${practiceId}`);
    return { ok: true };
  });

/** The coordinator's decision: to the municipal conference, to the regional atlas (РАОП), or declined. */
export const moderatePracticeAction = actionClient
  .metadata({ name: "practice.moderate", permission: "practice:moderate" })
  .inputSchema(moderatePracticeSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: `practice.${input.event}`, permission: "practice:moderate" }, async (tx, audit) => {
      const practice = await tx.practice.findFirst({
        where: { AND: [scope.practice(actor, "practice:moderate"), { id: input.practiceId }] },
        select: { id: true, status: true, title: true, submittedById: true },
      });
      if (!practice) throw outOfScope("Practice", input.practiceId);
      const step = transition(practiceMachine, practice.status, input.event);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      expectOneRow(await tx.practice.updateMany({ where: { id: practice.id, version: input.version }, data: { status: step.to, version: { increment: 1 } } }));
      await audit({ entityType: "Practice", entityId: practice.id, before: { status: practice.status }, after: { status: step.to } });
      await notify(
        tx,
        [practice.submittedById],
        {
          kind: step.to === "declined" ? "returned" : "confirmed",
          title: `Практика «${practice.title}»: ${PRACTICE_STATUS_LABELS[step.to].toLowerCase()}`,
          link: `/practices/${practice.id}`,
          entityType: "Practice",
          entityId: practice.id,
        },
        { exceptUserId: actor.userId },
      );
    });
    revalidatePath("/practices");
    revalidatePath(`/practices/${input.practiceId}`);
    return { ok: true };
  });

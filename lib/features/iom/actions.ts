"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { IomStatus } from "@/lib/db/generated/enums";
import { completenessMessages, deficitsOf, toScores, uncoveredDeficits } from "@/lib/domain/competency";
import { iomMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { getThresholds } from "@/lib/features/diagnostics/settings";
import { notify, schoolAdminsOf } from "@/lib/features/notifications/notify";
import { claimFiles } from "@/lib/files/upload";
import { COMPETENCY_LABELS } from "@/lib/i18n/labels";
import { findCurrentCycle } from "@/lib/features/cycles/queries";
import {
  approveIomSchema,
  createIomSchema,
  deleteActivitySchema,
  iomStepSchema,
  logProgressSchema,
  returnIomSchema,
  saveActivitySchema,
} from "./schemas";

const iomLink = (id: string) => `/iom/${id}`;

async function loadIom(tx: Tx, actor: Actor, permission: Permission, id: string) {
  const iom = await tx.iom.findFirst({
    where: { AND: [scope.iom(actor, permission), { id }] },
    select: { id: true, teacherId: true, cycleId: true, schoolId: true, status: true, version: true, teacher: { select: { name: true } } },
  });
  if (!iom) throw outOfScope("Iom", id);
  return iom;
}

/** The route's content may change only in a draft or after it was returned. */
function assertEditable(status: IomStatus) {
  if (status === "approved") {
    throw new AppError("INVALID_TRANSITION", "Маршрут утверждён. Чтобы изменить его, нажмите «Изменить маршрут»: после изменений нужно повторное утверждение.");
  }
  if (status === "submitted") throw new AppError("INVALID_TRANSITION", "Маршрут на утверждении: изменить его можно после решения административной команды.");
}

function step(status: IomStatus, event: keyof typeof iomMachine): IomStatus {
  const result = transition(iomMachine, status, event);
  if (!result.ok) throw new AppError("INVALID_TRANSITION", result.reason);
  return result.to;
}

/** Bumps the route's version: every change of its content or state goes through it. */
async function bumpIom(tx: Tx, id: string, version: number, data: Record<string, unknown> = {}) {
  expectOneRow(await tx.iom.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }));
}

/** The teacher drafts their own route; a tutor drafts one for a tutee. One route per teacher and cycle. */
export const createIomAction = actionClient
  .metadata({ name: "iom.create", permission: "iom:write" })
  .inputSchema(createIomSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const id = await mutate(actor, { name: "iom.create", permission: "iom:write" }, async (tx, audit) => {
      const teacher = await tx.user.findFirst({
        where: { AND: [scope.user(actor, "iom:write"), { id: parsedInput.teacherId, active: true }] },
        select: { id: true, roles: { where: { role: "teacher" }, select: { schoolId: true, school: { select: { municipalityId: true } } } } },
      });
      const role = teacher?.roles[0];
      if (!teacher || !role?.schoolId || !role.school) throw outOfScope("User", parsedInput.teacherId);
      const cycle = await findCurrentCycle(tx, { municipalityId: role.school.municipalityId });
      if (!cycle || cycle.status === "closed") throw new AppError("VALIDATION", "Цикл дорожной карты ещё не открыт.");
      const existing = await tx.iom.findUnique({ where: { teacherId_cycleId: { teacherId: teacher.id, cycleId: cycle.id } }, select: { id: true } });
      if (existing) throw new AppError("VALIDATION", "ИОМ этого педагога на текущий цикл уже составлен.", { details: { iomId: existing.id } });
      const iom = await tx.iom.create({ data: { teacherId: teacher.id, cycleId: cycle.id, schoolId: role.schoolId } });
      await audit({ entityType: "Iom", entityId: iom.id, after: { teacherId: teacher.id, cycleId: cycle.id, status: iom.status } });
      return iom.id;
    });
    revalidatePath("/iom");
    return { id };
  });

/** Adds or edits an activity of a draft or returned route. */
export const saveIomActivityAction = actionClient
  .metadata({ name: "iom.activity.save", permission: "iom:write" })
  .inputSchema(saveActivitySchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const meta = { name: input.activityId ? "iom.activity.update" : "iom.activity.create", permission: "iom:write" } as const;
    const id = await mutate(actor, meta, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:write", input.iomId);
      assertEditable(iom.status);
      await bumpIom(tx, iom.id, input.iomVersion);
      const fields = {
        competency: input.competency,
        kind: input.kind,
        title: input.title,
        format: input.format ?? null,
        hours: input.hours ?? null,
        provider: input.provider ?? null,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
      };
      if (input.activityId) {
        const before = await tx.iomActivity.findFirst({ where: { id: input.activityId, iomId: iom.id } });
        if (!before) throw outOfScope("IomActivity", input.activityId);
        expectOneRow(
          await tx.iomActivity.updateMany({
            where: { id: before.id, version: input.activityVersion ?? before.version },
            data: { ...fields, version: { increment: 1 } },
          }),
        );
        await audit({ entityType: "IomActivity", entityId: before.id, before: { ...before, id: undefined }, after: fields });
        return before.id;
      }
      const count = await tx.iomActivity.count({ where: { iomId: iom.id } });
      const created = await tx.iomActivity.create({ data: { ...fields, iomId: iom.id, sortOrder: count + 1 } });
      await audit({ entityType: "IomActivity", entityId: created.id, after: { iomId: iom.id, ...fields } });
      return created.id;
    });
    revalidatePath(iomLink(input.iomId));
    return { id };
  });

export const deleteIomActivityAction = actionClient
  .metadata({ name: "iom.activity.delete", permission: "iom:write" })
  .inputSchema(deleteActivitySchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "iom.activity.delete", permission: "iom:write" }, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:write", input.iomId);
      assertEditable(iom.status);
      const activity = await tx.iomActivity.findFirst({ where: { id: input.activityId, iomId: iom.id } });
      if (!activity) throw outOfScope("IomActivity", input.activityId);
      await bumpIom(tx, iom.id, input.iomVersion);
      await tx.iomActivity.delete({ where: { id: activity.id } });
      await audit({ entityType: "IomActivity", entityId: activity.id, before: { iomId: iom.id, title: activity.title, competency: activity.competency } });
    });
    revalidatePath(iomLink(input.iomId));
    return { ok: true };
  });

/**
 * Submits the route for approval. Every deficit of the entry diagnostic must
 * have at least one activity; otherwise the Russian list of uncovered
 * deficits comes back and nothing is written.
 */
export const submitIomAction = actionClient
  .metadata({ name: "iom.submit", permission: "iom:write" })
  .inputSchema(iomStepSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "iom.submit", permission: "iom:write" }, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:write", input.iomId);
      const to = step(iom.status, "submit");
      const activities = await tx.iomActivity.findMany({ where: { iomId: iom.id }, select: { competency: true, status: true } });
      if (activities.length === 0) throw new AppError("VALIDATION", "Добавьте в маршрут хотя бы одно мероприятие.");
      const entry = await tx.competencyDiagnostic.findUnique({
        where: { teacherId_cycleId_kind: { teacherId: iom.teacherId, cycleId: iom.cycleId, kind: "entry" } },
      });
      const deficits = entry ? deficitsOf(toScores(entry), await getThresholds(tx)) : [];
      const uncovered = uncoveredDeficits(deficits, activities);
      if (uncovered.length > 0) {
        throw new AppError("VALIDATION", `Маршрут нельзя отправить на утверждение. ${completenessMessages(uncovered, COMPETENCY_LABELS).join(". ")}.`, {
          details: { uncovered },
        });
      }
      await bumpIom(tx, iom.id, input.version, { status: to, submittedAt: new Date(), returnComment: null });
      await audit({ entityType: "Iom", entityId: iom.id, before: { status: iom.status }, after: { status: to } });
      await notify(
        tx,
        await schoolAdminsOf(tx, iom.schoolId),
        { kind: "submitted", title: `ИОМ педагога ${iom.teacher.name} отправлен на утверждение`, link: iomLink(iom.id), entityType: "Iom", entityId: iom.id },
        { exceptUserId: actor.userId },
      );
    });
    revalidatePath(iomLink(input.iomId));
    return { ok: true };
  });

/** The school admin team approves a submitted route; the approval date and approver are recorded. */
export const approveIomAction = actionClient
  .metadata({ name: "iom.approve", permission: "iom:approve" })
  .inputSchema(approveIomSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "iom.approve", permission: "iom:approve" }, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:approve", input.iomId);
      const to = step(iom.status, "approve");
      const approvedAt = new Date();
      await bumpIom(tx, iom.id, input.version, {
        status: to,
        approvedAt,
        approvedById: actor.userId,
        approvalOrderNo: input.orderNo ?? null,
        approvalOrderDate: input.orderDate ?? null,
        returnComment: null,
      });
      await audit({
        entityType: "Iom",
        entityId: iom.id,
        before: { status: iom.status },
        after: { status: to, approvedById: actor.userId, approvalOrderNo: input.orderNo ?? null },
      });
      await notify(
        tx,
        [iom.teacherId],
        { kind: "confirmed", title: "Ваш ИОМ утверждён", link: iomLink(iom.id), entityType: "Iom", entityId: iom.id },
        { exceptUserId: actor.userId },
      );
    });
    revalidatePath(iomLink(input.iomId));
    return { ok: true };
  });

export const returnIomAction = actionClient
  .metadata({ name: "iom.return", permission: "iom:approve" })
  .inputSchema(returnIomSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "iom.return", permission: "iom:approve" }, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:approve", input.iomId);
      const to = step(iom.status, "return");
      await bumpIom(tx, iom.id, input.version, { status: to, returnComment: input.comment });
      await audit({ entityType: "Iom", entityId: iom.id, before: { status: iom.status }, after: { status: to, returnComment: input.comment } });
      await notify(
        tx,
        [iom.teacherId],
        { kind: "returned", title: "ИОМ возвращён на доработку", body: input.comment, link: iomLink(iom.id), entityType: "Iom", entityId: iom.id },
        { exceptUserId: actor.userId },
      );
    });
    revalidatePath(iomLink(input.iomId));
    return { ok: true };
  });

/** Changing an approved route sends it back to draft: it needs approval again. */
export const reopenIomAction = actionClient
  .metadata({ name: "iom.reopen", permission: "iom:write" })
  .inputSchema(iomStepSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "iom.reopen", permission: "iom:write" }, async (tx, audit) => {
      const iom = await loadIom(tx, actor, "iom:write", input.iomId);
      const to = step(iom.status, "reopen");
      await bumpIom(tx, iom.id, input.version, { status: to, approvedAt: null, approvedById: null, approvalOrderNo: null, approvalOrderDate: null });
      await audit({ entityType: "Iom", entityId: iom.id, before: { status: iom.status }, after: { status: to } });
    });
    revalidatePath(iomLink(input.iomId));
    return { ok: true };
  });

/**
 * The teacher (or tutor) logs progress of an activity of an approved route:
 * state, date, hours, reflection and evidence (an uploaded file or a link).
 */
export const logIomProgressAction = actionClient
  .metadata({ name: "iom.activity.progress", permission: "iom:write" })
  .inputSchema(logProgressSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const iomId = await mutate(actor, { name: "iom.activity.progress", permission: "iom:write" }, async (tx, audit) => {
      const activity = await tx.iomActivity.findFirst({
        where: { id: input.activityId, iom: scope.iom(actor, "iom:write") },
        select: { id: true, iomId: true, title: true, status: true, completedOn: true, actualHours: true, reflection: true, iom: { select: { status: true } } },
      });
      if (!activity) throw outOfScope("IomActivity", input.activityId);
      if (activity.iom.status !== "approved") throw new AppError("INVALID_TRANSITION", "Отмечать выполнение можно после утверждения маршрута.");
      const files = await claimFiles(tx, actor, input.fileIds);
      const after = {
        status: input.status,
        completedOn: input.completedOn ?? null,
        actualHours: input.actualHours ?? null,
        reflection: input.reflection ?? null,
      };
      expectOneRow(
        await tx.iomActivity.updateMany({ where: { id: activity.id, version: input.version }, data: { ...after, version: { increment: 1 } } }),
      );
      for (const file of files) {
        await tx.evidence.create({ data: { kind: "file", iomActivityId: activity.id, fileId: file.id, title: file.originalName, createdById: actor.userId } });
      }
      if (input.link) {
        await tx.evidence.create({ data: { kind: "link", iomActivityId: activity.id, url: input.link, title: input.link, createdById: actor.userId } });
      }
      await audit({
        entityType: "IomActivity",
        entityId: activity.id,
        before: { status: activity.status, completedOn: activity.completedOn, actualHours: activity.actualHours, reflection: activity.reflection },
        after: { ...after, files: files.map((f) => f.id), link: input.link ?? null },
      });
      return activity.iomId;
    });
    revalidatePath(iomLink(iomId));
    return { ok: true };
  });

/**
 * Deadline notifications, created by a sweep instead of by a user's action:
 *
 * - `deadline_soon` — a cycle deadline is today or within 3 days
 *   (lib/domain/cycles/deadlines.ts `isDeadlineSoon`), to everyone whose step
 *   is not done yet. «Done» per deadline, kept deliberately simple:
 *     diagnosisDeadline      → school admins, unless the risk profile is submitted or confirmed;
 *     programmesDeadline     → school admins, unless the school has documents and none is a draft or returned;
 *     expertiseDeadline      → school admins, unless the school has documents and all are confirmed;
 *     mutualExchange/Meeting/UploadDeadline → admins of both schools of a mutual pair whose
 *                              `exchangedAt` / `meetingAt` / `uploadedAt` is not set;
 *     implementationEnd      → school admins, while a measure is planned, in progress or needs revision;
 *     reportDeadline         → the municipal coordinators, unless the analytical report is approved.
 *   One notification per person and deadline (entity `CycleDeadline`, id `<cycleId>:<field>`).
 * - `overdue` — a measure past its deadline and not done/confirmed/not-done, to
 *   the school admins; once per person and measure (entity `Measure`).
 *
 * Idempotent: existing notifications are looked up by userId + kind +
 * entityType + entityId and never created twice; the sweep holds a
 * transaction-level advisory lock so two sweeps cannot race. Only cycles
 * under way are swept (not drafts, not closed ones).
 *
 * Called on every page (the header bell, `syncDeadlinesFor`) but run at most
 * once per `DEADLINE_SYNC_INTERVAL_MS` per municipality (`maybeSyncDeadlines`), and
 * exported for a scheduled script: `syncDeadlineNotifications(getDb(), new Date())`.
 */
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { DEADLINE_FIELDS, DEADLINE_LABELS, daysUntil, isDeadlineSoon, isoToRu, type DeadlineField } from "@/lib/domain/cycles/deadlines";
import { formatDate } from "@/lib/i18n/dates";
import { truncate } from "@/lib/domain/common/text";

export const DEADLINE_SYNC_INTERVAL_MS = 10 * 60 * 1000;
export const deadlineSyncSettingKey = (municipalityId: string) => `notifications.deadlineSync.${municipalityId}`;
/** pg advisory lock key of the sweep. */
const LOCK_KEY = 7_340_101;

type Candidate = { userId: string; kind: NotificationKind; entityType: string; entityId: string; title: string; link: string | null };

const OPEN_MEASURE = ["planned", "in_progress", "needs_revision"] as const;

export async function syncDeadlineNotifications(db: Db, now: Date, options: { municipalityId?: string } = {}): Promise<{ created: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    const candidates = [...(await deadlineCandidates(tx, now, options.municipalityId)), ...(await overdueCandidates(tx, now, options.municipalityId))];
    if (candidates.length === 0) return { created: 0 };
    const existing = await tx.notification.findMany({
      where: { kind: { in: ["deadline_soon", "overdue"] }, entityId: { in: [...new Set(candidates.map((c) => c.entityId))] } },
      select: { userId: true, kind: true, entityType: true, entityId: true },
    });
    const key = (c: { userId: string; kind: string; entityType: string | null; entityId: string | null }) => `${c.userId}|${c.kind}|${c.entityType}|${c.entityId}`;
    const seen = new Set(existing.map(key));
    const fresh: Candidate[] = [];
    for (const c of candidates) {
      if (seen.has(key(c))) continue;
      seen.add(key(c));
      fresh.push(c);
    }
    if (fresh.length > 0) await tx.notification.createMany({ data: fresh });
    return { created: fresh.length };
    // A region's sweep under load outlives Prisma's 5 s default; it runs at
    // most once per interval, so it may take its time rather than fail.
  }, { maxWait: 10_000, timeout: 30_000 });
}

async function deadlineCandidates(tx: Tx, now: Date, municipalityId?: string): Promise<Candidate[]> {
  const cycles = await tx.cycle.findMany({
    where: { status: { notIn: ["draft", "closed"] }, ...(municipalityId ? { municipalityId } : {}) },
    select: {
      id: true,
      year: true,
      municipalityId: true,
      diagnosisDeadline: true,
      programmesDeadline: true,
      expertiseDeadline: true,
      mutualExchangeDeadline: true,
      mutualMeetingDeadline: true,
      mutualUploadDeadline: true,
      implementationEnd: true,
      reportDeadline: true,
      report: { select: { status: true } },
    },
  });
  const out: Candidate[] = [];
  for (const cycle of cycles) {
    const due = DEADLINE_FIELDS.filter((f) => cycle[f] && isDeadlineSoon(cycle[f]!, now));
    if (due.length === 0) continue;
    const schools = await tx.cycleSchool.findMany({
      where: { cycleId: cycle.id },
      select: {
        id: true,
        school: { select: { id: true, code: true, shortName: true, roles: { where: { role: "school_admin", user: { active: true } }, select: { userId: true } } } },
        riskProfile: { select: { status: true } },
        documents: { select: { status: true, _count: { select: { measures: { where: { status: { in: [...OPEN_MEASURE] } } } } } } },
        mutualAsA: { select: { exchangedAt: true, meetingAt: true, uploadedAt: true } },
        mutualAsB: { select: { exchangedAt: true, meetingAt: true, uploadedAt: true } },
      },
    });
    for (const field of due) {
      const deadline = cycle[field]!;
      const days = daysUntil(deadline, now);
      const when = days === 0 ? "сегодня" : `через ${days} ${days === 1 ? "день" : "дня"}`;
      const title = `Срок «${DEADLINE_LABELS[field]}» — ${formatDate(deadline)} (${when})`;
      const entityId = `${cycle.id}:${field}`;
      if (field === "reportDeadline") {
        if (cycle.report?.status === "approved") continue;
        const coordinators = await tx.roleAssignment.findMany({ where: { role: "coordinator", municipalityId: cycle.municipalityId, user: { active: true } }, select: { userId: true } });
        for (const { userId } of coordinators) out.push({ userId, kind: "deadline_soon", entityType: "CycleDeadline", entityId, title, link: `/cycles/${cycle.id}` });
        continue;
      }
      for (const row of schools) {
        const measuresOpen = row.documents.reduce((sum, d) => sum + d._count.measures, 0);
        if (isSchoolStepDone(field, { ...row, measuresOpen })) continue;
        for (const { userId } of row.school.roles) {
          out.push({ userId, kind: "deadline_soon", entityType: "CycleDeadline", entityId, title, link: `/schools/${row.school.code}?cycle=${cycle.id}` });
        }
      }
    }
  }
  return out;
}

type SchoolProgress = {
  riskProfile: { status: string } | null;
  documents: { status: string }[];
  mutualAsA: MutualProgress[];
  mutualAsB: MutualProgress[];
};
type MutualProgress = { exchangedAt: Date | null; meetingAt: Date | null; uploadedAt: Date | null };

/** Whether the school's step for a deadline is done (see the table at the top). Exported for tests. */
export function isSchoolStepDone(field: Exclude<DeadlineField, "reportDeadline">, s: SchoolProgress & { measuresOpen?: number }): boolean {
  const mutual = [...s.mutualAsA, ...s.mutualAsB];
  switch (field) {
    case "diagnosisDeadline":
      return s.riskProfile?.status === "submitted" || s.riskProfile?.status === "confirmed";
    case "programmesDeadline":
      return s.documents.length > 0 && s.documents.every((d) => d.status === "submitted" || d.status === "confirmed");
    case "expertiseDeadline":
      return s.documents.length > 0 && s.documents.every((d) => d.status === "confirmed");
    case "mutualExchangeDeadline":
      return mutual.every((p) => p.exchangedAt);
    case "mutualMeetingDeadline":
      return mutual.every((p) => p.meetingAt);
    case "mutualUploadDeadline":
      return mutual.every((p) => p.uploadedAt);
    case "implementationEnd":
      return (s.measuresOpen ?? 0) === 0;
  }
}

async function overdueCandidates(tx: Tx, now: Date, municipalityId?: string): Promise<Candidate[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const measures = await tx.measure.findMany({
    where: {
      status: { in: [...OPEN_MEASURE] },
      deadline: { lt: today },
      document: { cycleSchool: { cycle: { status: { notIn: ["draft", "closed"] }, ...(municipalityId ? { municipalityId } : {}) } } },
    },
    select: {
      id: true,
      title: true,
      deadline: true,
      document: { select: { cycleSchool: { select: { school: { select: { code: true, roles: { where: { role: "school_admin", user: { active: true } }, select: { userId: true } } } } } } } },
    },
  });
  const out: Candidate[] = [];
  for (const m of measures) {
    if (!m.deadline || daysUntil(m.deadline, now) >= 0) continue;
    const school = m.document.cycleSchool.school;
    const title = `Просрочено мероприятие «${shorten(m.title)}» (срок ${isoToRu(m.deadline.toISOString().slice(0, 10))})`;
    for (const { userId } of school.roles) {
      out.push({ userId, kind: "overdue", entityType: "Measure", entityId: m.id, title, link: `/schools/${school.code}/measures/${m.id}` });
    }
  }
  return out;
}

const shorten = (s: string) => truncate(s, 118, "…");

/**
 * For the notifications page: sweeps the actor's municipalities, each at
 * most once per interval (a Setting row holds the time of the last sweep).
 */
export async function maybeSyncDeadlines(db: Db, municipalityIds: readonly string[], now = new Date()): Promise<void> {
  for (const municipalityId of new Set(municipalityIds)) {
    const key = deadlineSyncSettingKey(municipalityId);
    const last = await db.setting.findUnique({ where: { key } });
    const at = last && typeof last.value === "object" && last.value && "at" in last.value ? Date.parse(String((last.value as { at: unknown }).at)) : NaN;
    if (Number.isFinite(at) && now.getTime() - at < DEADLINE_SYNC_INTERVAL_MS) continue;
    await db.setting.upsert({ where: { key }, create: { key, value: { at: now.toISOString() } }, update: { value: { at: now.toISOString() } } });
    await syncDeadlineNotifications(db, now, { municipalityId });
  }
}

/**
 * The sweep for the signed-in person's municipalities, once per request (the
 * bell in every page header and the notifications page both ask for it).
 * A failed sweep is logged and never breaks the page.
 */
export const syncDeadlinesFor = cache(async (actor: Actor): Promise<void> => {
  const municipalities = actor.roles.map((r) => r.municipalityId).filter((id): id is string => !!id);
  await maybeSyncDeadlines(getDb(), municipalities).catch((err: unknown) => logger.error({ err }, "deadline sync failed"));
});

import "server-only";
import { notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { isOverdue } from "@/lib/domain/measures";
import { availableEvents, measureMachine } from "@/lib/domain/workflow";
import { getCycleSchoolOrNotFound } from "@/lib/features/schools/cycle-school";

/** The measure page: the measure of the school (by code) in its cycle, within scope; else 404. */
export async function getMeasurePageOrNotFound(actor: Actor, code: string, measureId: string, cycleId?: string) {
  const cycleSchool = await getCycleSchoolOrNotFound(actor, code, "measure:read", cycleId);
  const measure = await getDb().measure.findFirst({
    where: { AND: [scope.measure(actor, "measure:read"), { id: measureId, document: { cycleSchoolId: cycleSchool.id } }] },
    select: {
      id: true,
      title: true,
      deadline: true,
      responsible: true,
      participants: true,
      expectedResult: true,
      indicatorName: true,
      indicatorUnit: true,
      baseline: true,
      target: true,
      actual: true,
      reportForm: true,
      status: true,
      statusComment: true,
      completedAt: true,
      confirmedAt: true,
      version: true,
      task: { select: { title: true } },
      document: { select: { id: true, title: true, kind: true, status: true, riskFactor: { select: { code: true } } } },
      carriedFrom: { select: { id: true, document: { select: { cycleSchool: { select: { cycleId: true, cycle: { select: { year: true } }, school: { select: { code: true } } } } } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, title: true, url: true, createdAt: true, file: { select: { id: true, size: true, mimeType: true } } },
      },
      readings: { orderBy: { date: "desc" }, select: { id: true, date: true, value: true, note: true, recordedBy: { select: { name: true } } } },
    },
  });
  if (!measure) notFound();
  // Buttons: the events the state allows and the actor's permissions carry.
  const inImplementation = measure.document.status === "confirmed";
  const events = inImplementation ? availableEvents(measureMachine, measure.status).filter((e) => can(actor, measureMachine[e].permission)) : [];
  const canUpdate = inImplementation && can(actor, "measure:update") && (await canInScope(actor, "measure:update", measure.id));
  const canConfirm = inImplementation && can(actor, "measure:confirm") && (await canInScope(actor, "measure:confirm", measure.id));
  const allowed = events.filter((e) => (measureMachine[e].permission === "measure:update" ? canUpdate : canConfirm));
  return {
    cycleSchool,
    measure: {
      ...measure,
      baseline: measure.baseline?.toString() ?? null,
      target: measure.target?.toString() ?? null,
      actual: measure.actual?.toString() ?? null,
      readings: measure.readings.map((r) => ({ ...r, value: r.value.toString() })),
      /** The measure of last year's cycle this one was carried over from. */
      carriedFrom: measure.carriedFrom
        ? {
            id: measure.carriedFrom.id,
            year: measure.carriedFrom.document.cycleSchool.cycle.year,
            href: `/schools/${encodeURIComponent(measure.carriedFrom.document.cycleSchool.school.code)}/measures/${measure.carriedFrom.id}?cycle=${encodeURIComponent(measure.carriedFrom.document.cycleSchool.cycleId)}`,
          }
        : null,
      overdue: isOverdue(measure, new Date()),
    },
    inImplementation,
    events: allowed,
    canUpdate,
  };
}

async function canInScope(actor: Actor, permission: "measure:update" | "measure:confirm", measureId: string) {
  return (await getDb().measure.count({ where: { AND: [scope.measure(actor, permission), { id: measureId }] } })) === 1;
}

export type MeasurePage = Awaited<ReturnType<typeof getMeasurePageOrNotFound>>;

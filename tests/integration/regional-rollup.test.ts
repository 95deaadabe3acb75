import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { COUNTER_KEYS } from "@/lib/domain/measures";
import { getMonitorCycleOrNotFound, getMonitorRows, requiredDocumentCounts } from "@/lib/features/monitor/queries";
import { getRegionalRollup } from "@/lib/features/monitor/regional";
import { signInAs } from "../support/session";

const db = () => getDb();

describe("regional roll-up", () => {
  it("sums each municipality's monitor rows: schools, zones, documents, counters, overdue", async () => {
    await signInAs("admin@opora.demo");
    const admin = (await getActor())!;
    const year = 2025;
    const rollup = await getRegionalRollup(admin, year);
    const cycles = await db().cycle.findMany({ where: { year }, select: { id: true } });
    expect(rollup.map((r) => r.cycleId).sort()).toEqual(cycles.map((c) => c.id).sort());
    for (const row of rollup) {
      const rows = await getMonitorRows(admin, await getMonitorCycleOrNotFound(admin, row.cycleId));
      expect(row.schools).toBe(rows.length);
      for (const zone of ["red", "yellow", "green"] as const) expect(row.zones[zone], zone).toBe(rows.filter((r) => r.zone === zone).length);
      for (const key of COUNTER_KEYS) expect(row.counters[key], key).toBe(rows.reduce((n, r) => n + r.counters[key], 0));
      expect(row.measures).toBe(rows.reduce((n, r) => n + r.measures, 0));
      expect(row.overdue).toBe(rows.reduce((n, r) => n + r.overdue, 0));
      expect(row.documentsTotal).toBe(rows.reduce((n, r) => n + r.documentsTotal, 0));
      expect(row.documentsConfirmed).toBe(rows.reduce((n, r) => n + r.documentsConfirmed, 0));
      expect(row.profilesConfirmed).toBe(rows.filter((r) => r.riskProfileStatus === "confirmed").length);
    }
    expect(rollup.some((r) => r.measures > 0)).toBe(true);
  });

  it("keeps a coordinator to their own municipality and refuses a teacher", async () => {
    await signInAs("coordinator@opora.demo");
    const coordinator = (await getActor())!;
    const own = await getRegionalRollup(coordinator, 2025);
    const municipalityId = coordinator.roles.find((r) => r.role === "coordinator")!.municipalityId;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.municipalityId === municipalityId)).toBe(true);
    await signInAs("teacher@opora.demo");
    const teacher = (await getActor())!;
    await expect(getRegionalRollup(teacher, 2025)).rejects.toThrow();
  });

  it("counts required and presented documents per school as a direct reading of profiles and documents does", async () => {
    const cycles = await db().cycle.findMany({ where: { year: 2025 }, select: { id: true } });
    const counts = await requiredDocumentCounts(cycles.map((c) => c.id));
    const schools = await db().cycleSchool.findMany({
      where: { cycleId: { in: cycles.map((c) => c.id) } },
      select: {
        id: true,
        riskProfile: { select: { factors: { select: { factorId: true, significance: true, programRequired: true } } } },
        documents: { select: { kind: true, status: true, riskFactorId: true } },
      },
    });
    expect(counts).toHaveLength(schools.length);
    const byId = new Map(counts.map((c) => [c.cycleSchoolId, c]));
    for (const cs of schools) {
      const factors = new Set(
        (cs.riskProfile?.factors ?? []).filter((f) => f.significance === "high" || (f.significance === "medium" && f.programRequired)).map((f) => f.factorId),
      );
      const presented = cs.documents.filter(
        (d) => (d.status === "submitted" || d.status === "confirmed") && (d.kind !== "anti_risk_program" || factors.has(d.riskFactorId!)),
      ).length;
      expect(byId.get(cs.id), cs.id).toEqual({ cycleSchoolId: cs.id, required: 2 + factors.size, presented });
    }
    expect(counts.some((c) => c.required > 2 && c.presented > 0)).toBe(true);
  });
});

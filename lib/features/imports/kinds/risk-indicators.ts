import "server-only";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import { indicatorValueError, type CatalogueIndicator } from "@/lib/domain/risk/indicator-value";
import { loadCatalogue, resolveCatalogYear } from "@/lib/features/risk-profile/catalogue";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireCycle, schoolNotFound, type Planner } from "../context";
import type { RiskValueRow } from "../schemas";

/** The statuses in which the school may still change its start diagnostics (as the risk-profile actions). */
const EDITABLE = new Set(["draft", "returned"]);

/**
 * Start-diagnostics values by (cycle school, indicator code), as the school's
 * draft form saves them: only into a draft or returned profile (a missing one
 * is created as a draft on the cycle's catalogue year), the value checked by
 * the unit's rule and flagged «*» by the catalogue threshold.
 */
export const planRiskIndicators: Planner<RiskValueRow> = async (ctx, rows) => {
  const cycle = requireCycle(ctx);
  const errors: ImportRowError[] = duplicateKeyErrors(
    rows,
    (r) => `${r.schoolCode}\u0000${r.indicatorCode}`,
    "Код показателя",
    (first) => `Значение этого показателя для школы уже указано в строке ${first}`,
  );
  const cycleSchools = await ctx.db.cycleSchool.findMany({
    where: { cycleId: cycle.id, school: { code: { in: rows.map((r) => r.data.schoolCode) } } },
    select: {
      id: true,
      school: { select: { code: true } },
      riskProfile: { select: { id: true, status: true, catalogYear: true, values: { select: { id: true, indicatorId: true } } } },
    },
  });
  const csByCode = new Map(cycleSchools.map((c) => [c.school.code, c]));
  const defaultYear = await resolveCatalogYear(ctx.db, cycle.year);
  const years = new Set(cycleSchools.map((c) => c.riskProfile?.catalogYear ?? defaultYear).filter((y): y is number => y !== null));
  const catalogues = new Map<number, Map<string, CatalogueIndicator>>();
  for (const year of years) catalogues.set(year, new Map((await loadCatalogue(ctx.db, year)).flatMap((f) => f.indicators).map((i) => [i.code, i])));

  const newProfiles = new Map<string, { id: string; cycleSchoolId: string; catalogYear: number }>();
  const touched = new Set<string>();
  const creates: { id: string; profileId: string; indicatorId: string; value: number; flagged: boolean }[] = [];
  const updates: { id: string; value: number; flagged: boolean }[] = [];
  for (const { row, data } of rows) {
    const cs = csByCode.get(data.schoolCode);
    if (!cs) {
      errors.push({ row, column: "Код школы", message: `${schoolNotFound(data.schoolCode)} или не включена в списки цикла` });
      continue;
    }
    const profile = cs.riskProfile;
    if (profile && !EDITABLE.has(profile.status)) {
      errors.push({ row, column: "Код школы", message: "Рисковый профиль школы отправлен на проверку или подтверждён: изменять значения нельзя" });
      continue;
    }
    const year = profile?.catalogYear ?? defaultYear;
    if (year === null) {
      errors.push({ row, column: "Код показателя", message: `Каталог факторов риска на ${cycle.year} год не заполнен` });
      continue;
    }
    const indicator = catalogues.get(year)!.get(data.indicatorCode);
    if (!indicator) {
      errors.push({ row, column: "Код показателя", message: `Показателя «${data.indicatorCode}» нет в каталоге ${year} года` });
      continue;
    }
    const problem = indicatorValueError(indicator.unit, data.value);
    if (problem) {
      errors.push({ row, column: "Значение", message: problem });
      continue;
    }
    const flagged = isIndicatorFlagged(data.value, indicator.direction, indicator.threshold);
    let profileId = profile?.id;
    if (!profileId) {
      const created = newProfiles.get(cs.id) ?? { id: newId(), cycleSchoolId: cs.id, catalogYear: year };
      newProfiles.set(cs.id, created);
      profileId = created.id;
    } else touched.add(profileId);
    const existing = profile?.values.find((v) => v.indicatorId === indicator.id);
    if (existing) updates.push({ id: existing.id, value: data.value, flagged });
    else creates.push({ id: newId(), profileId, indicatorId: indicator.id, value: data.value, flagged });
  }

  return {
    errors,
    created: creates.length,
    updated: updates.length,
    async write(tx) {
      await bulkInsert(tx, "RiskProfile", { id: "text", cycleSchoolId: "text", catalogYear: "int" }, [...newProfiles.values()], { updatedAt: true });
      // Open forms of a changed profile must reload (optimistic locking).
      if (touched.size) await tx.riskProfile.updateMany({ where: { id: { in: [...touched] } }, data: { version: { increment: 1 } } });
      await bulkInsert(tx, "RiskIndicatorValue", { id: "text", profileId: "text", indicatorId: "text", value: "numeric", flagged: "boolean" }, creates);
      await bulkUpdate(tx, "RiskIndicatorValue", { value: "numeric", flagged: "boolean" }, updates);
    },
  };
};

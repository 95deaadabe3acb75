/**
 * The risk-factor catalogue of a cycle and the significance rule, for both
 * the page and the actions (either the base client or a transaction).
 */
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { CatalogueFactor } from "@/lib/domain/risk/indicator-value";
import { parseSignificanceRule, SIGNIFICANCE_RULE_SETTING, type SignificanceRule } from "@/lib/domain/risk/significance";

/** The catalogue year for a cycle year: that year, or the latest earlier one; null when there is none. */
export async function resolveCatalogYear(db: Tx, cycleYear: number): Promise<number | null> {
  const row = await db.riskFactor.findFirst({ where: { catalogYear: { lte: cycleYear } }, orderBy: { catalogYear: "desc" }, select: { catalogYear: true } });
  return row?.catalogYear ?? null;
}

export async function loadCatalogue(db: Tx, catalogYear: number): Promise<CatalogueFactor[]> {
  const factors = await db.riskFactor.findMany({
    where: { catalogYear },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      indicators: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true, unit: true, direction: true, threshold: true } },
    },
  });
  return factors.map((f) => ({ ...f, indicators: f.indicators.map((ind) => ({ ...ind, threshold: ind.threshold.toNumber() })) }));
}

export async function loadSignificanceRule(db: Tx): Promise<SignificanceRule> {
  const setting = await db.setting.findUnique({ where: { key: SIGNIFICANCE_RULE_SETTING }, select: { value: true } });
  return parseSignificanceRule(setting?.value);
}

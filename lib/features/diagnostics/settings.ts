import "server-only";
import { parseThresholds, THRESHOLDS_SETTING_KEY, type LevelThresholds } from "@/lib/domain/competency";
import type { Tx } from "@/lib/db/client";

/** Competency level thresholds from the Setting `competency.levels` (defaults in decision 020). */
export async function getThresholds(db: Pick<Tx, "setting">): Promise<LevelThresholds> {
  const row = await db.setting.findUnique({ where: { key: THRESHOLDS_SETTING_KEY } });
  return parseThresholds(row?.value);
}

import { z } from "zod";
import { SIGNIFICANCES } from "@/lib/domain/risk/significance";
import "@/lib/validation";

const id = z.string().min(1);
const version = z.number().int().positive();

/**
 * A draft of the start diagnostics: value per indicator id (null = not filled
 * yet). The range per unit is checked again by the action against the
 * catalogue (a boolean is 0 or 1).
 */
export const saveRiskProfileSchema = z.object({
  cycleSchoolId: id,
  /** The profile's version as loaded; null when the school has no profile yet. */
  version: version.nullable(),
  values: z.record(
    z.string().min(1),
    z.number({ error: "Введите число" }).min(0, "Значение — от 0 до 100").max(100, "Значение — от 0 до 100").nullable(),
  ),
});
export type SaveRiskProfileInput = z.infer<typeof saveRiskProfileSchema>;

export const profileStepSchema = z.object({ profileId: id, version });

export const returnRiskProfileSchema = z.object({
  profileId: id,
  version,
  comment: z.string().trim().min(1, "Напишите, что нужно доработать").max(4000, "Не больше 4000 символов"),
});

export const overrideSignificanceSchema = z.object({
  assessmentId: id,
  version,
  significance: z.enum(SIGNIFICANCES, { error: "Выберите значимость" }),
  /** Required when the significance differs from the suggested one (checked by the action). */
  overrideReason: z.string().trim().max(4000, "Не больше 4000 символов").optional(),
  /** For «средняя»: the curator decided an anti-risk programme is needed. */
  programRequired: z.boolean(),
});

export const OVERRIDE_REASON_REQUIRED = "Обоснуйте изменение значимости: оно отличается от предложенной по правилу";

/** Validation errors of the draft form: top-level fields plus one list per indicator id. */
export type RiskValueErrors = { formErrors: string[]; fieldErrors: Record<string, string[] | undefined>; valueErrors: Record<string, string[]> };

/** Shapes zod's nested errors so the form can show each one next to its indicator. */
export function shapeRiskValueErrors(errors: { _errors?: string[] } & Record<string, unknown>): RiskValueErrors {
  const fieldErrors: Record<string, string[] | undefined> = {};
  const valueErrors: Record<string, string[]> = {};
  for (const [key, node] of Object.entries(errors)) {
    if (key === "_errors" || !node || typeof node !== "object") continue;
    const own = (node as { _errors?: string[] })._errors ?? [];
    if (key === "values") {
      for (const [indicatorId, inner] of Object.entries(node)) {
        if (indicatorId === "_errors") continue;
        const list = (inner as { _errors?: string[] })?._errors ?? [];
        if (list.length) valueErrors[indicatorId] = list;
      }
      const all = [...own, ...(Object.keys(valueErrors).length ? ["Исправьте значения показателей, отмеченные ниже"] : [])];
      if (all.length) fieldErrors.values = all;
    } else if (own.length) fieldErrors[key] = own;
  }
  return { formErrors: errors._errors ?? [], fieldErrors, valueErrors };
}

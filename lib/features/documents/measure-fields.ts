/** The measure form's field names, kept free of zod so client components can import them (page budget, decision 070). */
export const MEASURE_FIELD_NAMES = [
  "title",
  "deadline",
  "responsible",
  "participants",
  "expectedResult",
  "indicatorName",
  "indicatorUnit",
  "baseline",
  "target",
  "reportForm",
] as const;

export type MeasureFieldName = (typeof MEASURE_FIELD_NAMES)[number];

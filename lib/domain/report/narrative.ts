/**
 * The editable part of an analytical report (`AnalyticalReport.narrative`):
 * paragraphs by key, and the tasks for next year (section V), one per item.
 * Generated figures are never stored here: they are computed from the data
 * until the report is approved, then frozen in its snapshot. Pure: no I/O.
 */
import { z } from "zod";

export const reportNarrativeSchema = z.object({
  /** Paragraph key (e.g. `intro`, `mnc.summary`) → the text as edited. */
  paragraphs: z.record(z.string(), z.string()).catch({}).default({}),
  /** Section V: «задачи на следующий год», in order. */
  tasks: z.array(z.string()).catch([]).default([]),
});

export type ReportNarrative = z.infer<typeof reportNarrativeSchema>;

/** The stored JSON as a narrative; anything malformed reads as empty. */
export function parseNarrative(json: unknown): ReportNarrative {
  const parsed = reportNarrativeSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : { paragraphs: {}, tasks: [] };
}

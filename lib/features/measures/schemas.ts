import { z } from "zod";
import "@/lib/validation";

const id = z.string().min(1).max(100);
const version = z.number().int().positive();

/** Messages shown next to the fields. */
export const MEASURE_MESSAGES = {
  evidenceRequired: "Чтобы отметить мероприятие выполненным, приложите хотя бы один подтверждающий документ: файл или ссылку.",
  reasonRequired: "Укажите причину, по которой мероприятие не выполнено.",
  returnCommentRequired: "Напишите, что нужно доработать.",
  badUrl: "Укажите адрес ссылки, начинающийся с http:// или https://",
  linkTitleRequired: "Укажите название ссылки",
  evidenceEmpty: "Добавьте файл или ссылку.",
  notInImplementation: "Мероприятие ещё не в реализации: документ не подтверждён куратором.",
  locked: "Мероприятие подтверждено куратором; подтверждающие документы больше не добавляются.",
  futureDate: "Дата показания не может быть позже сегодняшнего дня.",
} as const;

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, MEASURE_MESSAGES.badUrl);

/** New evidence sent with a form: stored files (uploaded first) and/or one link. */
const evidenceFields = {
  fileIds: z.array(id).max(20).default([]),
  linkUrl: z.union([z.literal(""), httpUrl]).optional(),
  linkTitle: z.string().trim().max(300).optional(),
};

type EvidenceInput = { linkUrl?: string; linkTitle?: string };
function checkLink(value: EvidenceInput, ctx: z.RefinementCtx) {
  if (value.linkUrl && !value.linkTitle) ctx.addIssue({ code: "custom", path: ["linkTitle"], message: MEASURE_MESSAGES.linkTitleRequired });
}

/** The school moves its measure: start, complete (evidence), fail (reason). */
export const measureProgressSchema = z
  .object({
    measureId: id,
    version,
    event: z.enum(["start", "complete", "fail"]),
    comment: z.string().trim().max(2000).optional(),
    ...evidenceFields,
  })
  .superRefine((value, ctx) => {
    checkLink(value, ctx);
    if (value.event === "fail" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: MEASURE_MESSAGES.reasonRequired });
  });
export type MeasureProgressInput = z.input<typeof measureProgressSchema>;

/** The curator confirms a done measure or returns it with a comment. */
export const measureReviewSchema = z
  .object({
    measureId: id,
    version,
    event: z.enum(["confirm", "return"]),
    comment: z.string().trim().max(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.event === "return" && !value.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: MEASURE_MESSAGES.returnCommentRequired });
  });

/** Evidence added without a status change. */
export const addEvidenceSchema = z
  .object({ measureId: id, ...evidenceFields })
  .superRefine((value, ctx) => {
    checkLink(value, ctx);
    if (value.fileIds.length === 0 && !value.linkUrl) ctx.addIssue({ code: "custom", path: ["fileIds"], message: MEASURE_MESSAGES.evidenceEmpty });
  });

/** An actual value of the measure's indicator. */
export const recordReadingSchema = z.object({
  measureId: id,
  version,
  value: z.coerce.number({ message: "Укажите число" }).min(-1_000_000_000).max(1_000_000_000),
  date: z.iso.date({ message: "Укажите дату" }),
  note: z.string().trim().max(1000).optional(),
});

/** Drill-down of the roadmap's measure list. */
export const roadmapQuerySchema = z.object({
  cycle: z.string().max(100).optional().catch(undefined),
  section: z.string().max(40).optional().catch(undefined),
  status: z.enum(["planned", "inProgress", "done", "notDone", "needsRevision", "attention"]).optional().catch(undefined),
});

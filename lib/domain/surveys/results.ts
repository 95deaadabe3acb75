/**
 * Survey results and response validation. Pure: no I/O. Results are always
 * aggregate: the functions never see who answered.
 */
import type { QuestionKind, SurveyStatus } from "@/lib/db/generated/enums";
import type { Machine } from "@/lib/domain/workflow/machine";

export const QUESTION_KINDS = ["yes_no", "scale", "single_choice", "text"] as const satisfies readonly QuestionKind[];
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export type QuestionSpec = { id: string; kind: QuestionKind; text: string; options: readonly string[]; reportLabel?: string | null };

/** One stored answer (the columns of SurveyAnswer). */
export type AnswerValue = { boolValue?: boolean | null; intValue?: number | null; optionIndex?: number | null; textValue?: string | null };

/** `part` of `total` in percent, one decimal; 0 when nobody answered. */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((part / total) * 1000) / 10;
}

export type ChoiceRow = { label: string; count: number; percent: number };
export type QuestionResult =
  | { kind: "yes_no" | "single_choice"; answered: number; rows: ChoiceRow[] }
  | { kind: "scale"; answered: number; rows: ChoiceRow[]; average: number | null }
  | { kind: "text"; answered: number; texts: string[] };

/** The result of one question over its answers; percentages are of those who answered it. */
export function questionResult(question: QuestionSpec, answers: readonly AnswerValue[]): QuestionResult {
  switch (question.kind) {
    case "yes_no": {
      const given = answers.filter((a) => typeof a.boolValue === "boolean");
      const yes = given.filter((a) => a.boolValue).length;
      const no = given.length - yes;
      return {
        kind: "yes_no",
        answered: given.length,
        rows: [
          { label: "Да", count: yes, percent: percent(yes, given.length) },
          { label: "Нет", count: no, percent: percent(no, given.length) },
        ],
      };
    }
    case "single_choice": {
      const given = answers.filter((a) => typeof a.optionIndex === "number" && a.optionIndex >= 0 && a.optionIndex < question.options.length);
      const rows = question.options.map((label, i) => {
        const count = given.filter((a) => a.optionIndex === i).length;
        return { label, count, percent: percent(count, given.length) };
      });
      return { kind: "single_choice", answered: given.length, rows };
    }
    case "scale": {
      const given = answers.filter((a) => typeof a.intValue === "number" && a.intValue >= SCALE_MIN && a.intValue <= SCALE_MAX);
      const rows: ChoiceRow[] = [];
      for (let v = SCALE_MIN; v <= SCALE_MAX; v++) {
        const count = given.filter((a) => a.intValue === v).length;
        rows.push({ label: String(v), count, percent: percent(count, given.length) });
      }
      return { kind: "scale", answered: given.length, rows, average: scaleAverage(given.map((a) => a.intValue as number)) };
    }
    case "text": {
      const texts = answers.map((a) => a.textValue?.trim() ?? "").filter((t) => t.length > 0);
      return { kind: "text", answered: texts.length, texts };
    }
  }
}

/** Average of scale answers, two decimals; null when nobody answered. */
export function scaleAverage(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
}

const ruPercent = (value: number) => `${new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }).format(value)} %`;

/**
 * The sentence for a report: «отметили адресность … — 92 %» when the question
 * has a report label (the share of «да» / of the first option / of 4–5 on the
 * scale), otherwise «да — 92 %» for the leading answer. Null for free text
 * and for no answers.
 */
export function resultSentence(question: QuestionSpec, result: QuestionResult): string | null {
  if (result.kind === "text" || result.answered === 0) return null;
  const label = question.reportLabel?.trim();
  if (result.kind === "scale") {
    const high = result.rows.filter((r) => Number(r.label) >= 4).reduce((s, r) => s + r.count, 0);
    const share = ruPercent(percent(high, result.answered));
    return label ? `${label} — ${share}` : `оценили на 4–5 — ${share}`;
  }
  if (label) return `${label} — ${ruPercent(result.rows[0].percent)}`;
  const top = [...result.rows].sort((a, b) => b.count - a.count)[0];
  return `${top.label.toLowerCase()} — ${ruPercent(top.percent)}`;
}

/** The raw answers of a form: question id → the submitted string. */
export type RawAnswers = Record<string, string | undefined>;

export const ANSWER_MESSAGES = {
  required: "Ответьте на этот вопрос",
  yesNo: "Выберите «Да» или «Нет»",
  scale: `Выберите оценку от ${SCALE_MIN} до ${SCALE_MAX}`,
  choice: "Выберите один из вариантов",
  tooLong: "Ответ не длиннее 2000 символов",
} as const;

export const TEXT_ANSWER_MAX = 2000;

/** Free-text questions are optional; yes/no, scale and choice questions must be answered. */
export function isRequired(kind: QuestionKind): boolean {
  return kind !== "text";
}

/**
 * Checks a response against the questions: either the answers to store or
 * the Russian errors keyed by question id. Answers to unknown questions are
 * ignored.
 */
export function parseResponse(
  questions: readonly QuestionSpec[],
  raw: RawAnswers,
): { ok: true; answers: Array<{ questionId: string } & AnswerValue> } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const answers: Array<{ questionId: string } & AnswerValue> = [];
  for (const q of questions) {
    const value = (raw[q.id] ?? "").trim();
    if (value === "") {
      if (isRequired(q.kind)) errors[q.id] = ANSWER_MESSAGES.required;
      continue;
    }
    switch (q.kind) {
      case "yes_no":
        if (value !== "yes" && value !== "no") errors[q.id] = ANSWER_MESSAGES.yesNo;
        else answers.push({ questionId: q.id, boolValue: value === "yes" });
        break;
      case "scale": {
        const n = Number(value);
        if (!Number.isInteger(n) || n < SCALE_MIN || n > SCALE_MAX) errors[q.id] = ANSWER_MESSAGES.scale;
        else answers.push({ questionId: q.id, intValue: n });
        break;
      }
      case "single_choice": {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n >= q.options.length) errors[q.id] = ANSWER_MESSAGES.choice;
        else answers.push({ questionId: q.id, optionIndex: n });
        break;
      }
      case "text":
        if (value.length > TEXT_ANSWER_MAX) errors[q.id] = ANSWER_MESSAGES.tooLong;
        else answers.push({ questionId: q.id, textValue: value });
        break;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}

/** Whether a survey takes answers on `today` (a UTC calendar date). */
export function isAcceptingAnswers(survey: { status: SurveyStatus; opensOn: Date | null; closesOn: Date | null }, today: Date): boolean {
  if (survey.status !== "open") return false;
  const day = utcDay(today);
  if (survey.opensOn && day < utcDay(survey.opensOn)) return false;
  if (survey.closesOn && day > utcDay(survey.closesOn)) return false;
  return true;
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export const SURVEY_STATUSES = ["draft", "open", "closed"] as const satisfies readonly SurveyStatus[];

/** «черновик → открыта → закрыта»: the coordinator publishes, then closes. */
export const surveyMachine = {
  publish: { from: ["draft"], to: "open", permission: "survey:manage", refusal: "Открыть можно только анкету-черновик." },
  close: { from: ["open"], to: "closed", permission: "survey:manage", refusal: "Закрыть можно только открытую анкету." },
} as const satisfies Machine<SurveyStatus, string>;

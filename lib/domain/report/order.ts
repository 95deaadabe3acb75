/**
 * The order («приказ») approving the analytical report, modelled on seed 001:
 * letterhead, «ПРИКАЗ», date and number, the title, the basis (preamble),
 * «п р и к а з ы в а ю:», numbered items (approve the report; one item per
 * task with the responsible and the deadline; control; entry into force)
 * and the signatory. Defaults, the rules that need the cycle and today, and
 * the rendered `OrderDocument`. Pure.
 */
import { formatDate } from "@/lib/i18n/dates";
import type { DocumentLetterhead } from "./document";
import { longDateWords, roadmapGenitive } from "./defaults";
import { capitalize, surnameWithInitials } from "./sentences";

/** One item as stored in `ReportOrder.items` (deadline as `YYYY-MM-DD`). */
export type OrderItem = { text: string; responsible: string | null; deadline: string | null };

export type OrderFields = {
  number: string;
  /** `YYYY-MM-DD` */
  date: string;
  signatoryName: string;
  signatoryPosition: string;
  /** Null: the generated basis. */
  preamble: string | null;
  items: OrderItem[];
};

export type OrderDocument = {
  format: 1;
  letterhead: DocumentLetterhead;
  heading: "ПРИКАЗ";
  number: string;
  /** «27.12.2025» */
  date: string;
  /** «27» декабря 2025 г. */
  dateLine: string;
  title: string;
  preamble: string[];
  decree: string;
  items: Array<{ number: string; text: string; responsible: string | null; deadline: string | null }>;
  signature: { position: string; name: string };
};

export const ORDER_DECREE = "На основании вышеизложенного п р и к а з ы в а ю:";
export const CONTROL_ITEM = "Контроль за выполнением приказа оставляю за собой.";
export const ENTRY_ITEM = "Приказ вступает в силу со дня его подписания.";

/** The basis of the order (seed 001): the roadmap's approving order, the analysis, the report. Paragraphs separated by a blank line. */
export function defaultPreamble(input: {
  centerName: string;
  municipalityName: string;
  cycleTitle: string;
  year: number;
  roadmapOrder: { number: string | null; date: Date | null };
}): string {
  const { centerName, year } = input;
  const basis =
    input.roadmapOrder.number && input.roadmapOrder.date
      ? `На основании приказа ${centerName} (далее – Центр) от ${longDateWords(input.roadmapOrder.date)} № ${input.roadmapOrder.number} «Об утверждении ${roadmapGenitive(input.cycleTitle)}»`
      : `В соответствии с Дорожной картой «${input.cycleTitle}»`;
  return [
    `${basis}, в целях содействия региональной образовательной политике в части повышения качества образования в школах с низкими ` +
      `образовательными результатами специалистами ${input.roadmapOrder.number && input.roadmapOrder.date ? "Центра" : centerName} в декабре ${year} года проведён анализ реализации ` +
      `Дорожной карты повышения качества образования в школах с низкими результатами обучения муниципального образования ${input.municipalityName} ` +
      `на основе деятельности муниципального наставнического центра и муниципального тьюторского консультационного пункта в ${year} году.`,
    `Подробный анализ итогов реализации мероприятий Дорожной карты представлен в аналитической справке ${centerName}.`,
  ].join("\n\n");
}

/** The default items: approve the report, one per task (responsible: the coordinator, deadline: end of next year), control, entry into force. */
export function defaultOrderItems(input: { reportTitle: string; tasks: readonly string[]; responsibleName: string; year: number }): OrderItem[] {
  const responsible = surnameWithInitials(input.responsibleName);
  return [
    { text: `Утвердить аналитическую справку «${input.reportTitle}» (приложение).`, responsible: null, deadline: null },
    ...input.tasks
      .map((t) => t.trim().replace(/[;.,]+$/u, ""))
      .filter((t) => t.length > 0)
      .map((t) => ({ text: `${capitalize(t)}.`, responsible, deadline: `${input.year + 1}-12-31` })),
    { text: CONTROL_ITEM, responsible: null, deadline: null },
    { text: ENTRY_ITEM, responsible: null, deadline: null },
  ];
}

/** Who signs by default: the centre's director from the letterhead. */
export function defaultSignatory(letterhead: { centerName: string; directorName: string | null }): { name: string; position: string } {
  return { name: letterhead.directorName ?? "", position: `Директор ${letterhead.centerName}` };
}

/** `YYYY-MM-DD` of a date in UTC. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The order's rules that need the cycle and today, as dotted-key Russian
 * messages: the date is not in the future and falls in the cycle's year or
 * the next; no deadline is before the order's date. Formats are the zod
 * schema's job.
 */
export function orderRuleErrors(input: { date: string; items: ReadonlyArray<{ deadline: string | null }> }, context: { year: number; today: Date }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.date > isoDay(context.today)) errors.date = "Дата приказа не может быть позже сегодняшнего дня";
  else {
    const year = Number(input.date.slice(0, 4));
    if (year !== context.year && year !== context.year + 1) errors.date = `Дата приказа должна быть в ${context.year} или ${context.year + 1} году`;
  }
  input.items.forEach((item, i) => {
    if (item.deadline && item.deadline < input.date) errors[`items.${i}.deadline`] = "Срок не может быть раньше даты приказа";
  });
  return errors;
}

const MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/** «27» декабря 2025 г. */
export function orderDateLine(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `«${String(d).padStart(2, "0")}» ${MONTHS[m - 1]} ${y} г.`;
}

const fromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The order as it reads, every string formatted. */
export function buildOrderDocument(order: OrderFields, context: { letterhead: DocumentLetterhead; title: string; defaultPreamble: string }): OrderDocument {
  const preamble = (order.preamble?.trim() ? order.preamble : context.defaultPreamble)
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, " ").trim())
    .filter((p) => p.length > 0);
  return {
    format: 1,
    letterhead: context.letterhead,
    heading: "ПРИКАЗ",
    number: order.number,
    date: formatDate(fromIso(order.date)),
    dateLine: orderDateLine(order.date),
    title: context.title,
    preamble,
    decree: ORDER_DECREE,
    items: order.items.map((item, i) => ({
      number: `${i + 1}.`,
      text: item.text.trim(),
      responsible: item.responsible?.trim() || null,
      deadline: item.deadline ? formatDate(fromIso(item.deadline)) : null,
    })),
    signature: { position: order.signatoryPosition, name: order.signatoryName },
  };
}

/** One item as the order prints it: «2. Разработать …. Ответственный: Толстошей С.В. Срок: до 31.12.2026.» */
export function orderItemText(item: OrderDocument["items"][number]): string {
  const sentence = (value: string) => (/[.!?]$/u.test(value) ? value : `${value}.`);
  const tail = [item.responsible ? sentence(`Ответственный: ${item.responsible}`) : null, item.deadline ? `Срок: до ${item.deadline}.` : null].filter(Boolean).join(" ");
  return `${item.number} ${item.text}${tail ? ` ${tail}` : ""}`;
}

/** Items stored as JSON, read defensively (anything malformed is dropped). */
export function parseOrderItems(json: unknown): OrderItem[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const r = raw as Record<string, unknown>;
    if (typeof r.text !== "string") return [];
    return [{ text: r.text, responsible: typeof r.responsible === "string" ? r.responsible : null, deadline: typeof r.deadline === "string" ? r.deadline : null }];
  });
}

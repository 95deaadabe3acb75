/**
 * The analytical report as a self-contained document: every string already
 * formatted in Russian, so that the browser preview, the print view and the
 * .docx render the same thing, and an approved report is this structure
 * frozen in its snapshot. `buildReportDocument(data, narrative)` is pure:
 * generated figures come from `data`, editable paragraphs and the tasks from
 * `narrative` (falling back to the generated defaults).
 */
import { formatDate } from "@/lib/i18n/dates";
import type { ReportData } from "./data";
import { defaultParagraphs, defaultSchoolComment, PARAGRAPH_KEYS, punctuateTasks, schoolParagraphKey, type ParagraphKey } from "./defaults";
import type { ReportNarrative } from "./narrative";
import { mncSection, mtkpSection } from "./sections-support";
import { resultsSection, schoolsSection } from "./sections-schools";

export type Block =
  | { type: "paragraph"; text: string; editableKey?: string }
  | { type: "subheading"; text: string }
  | { type: "list"; items: string[]; ordered: boolean; editableKey?: string }
  | { type: "table"; caption: string; columns: string[]; rows: string[][]; footer?: string[] };

export type ReportSection = { key: string; heading: string; blocks: Block[] };

export type DocumentLetterhead = {
  /** «КРАСНОДАРСКИЙ КРАЙ» */
  region: string;
  centerName: string;
  /** Address and phone on one line; null when neither is known. */
  contacts: string | null;
  /** «г. Армавир» — the place line of an order. */
  place: string;
};

export type ReportDocument = {
  /** Bumped when the structure changes, so old snapshots can still be read. */
  format: 1;
  heading: string;
  title: string;
  letterhead: DocumentLetterhead;
  cycle: { year: number; title: string; orderNumber: string | null; orderDate: string | null };
  /** «ПРИЛОЖЕНИЕ / УТВЕРЖДЕНА приказом … от 27.12.2025 № 31»; null for a draft («ПРОЕКТ»). */
  approval: { orderNumber: string; orderDate: string; lines: string[] } | null;
  sections: ReportSection[];
  signature: { position: string; name: string };
};

export function documentLetterhead(l: ReportData["letterhead"]): DocumentLetterhead {
  const contacts = [l.centerAddress, l.centerPhone].filter((x): x is string => !!x && x.trim().length > 0).join(", ");
  return { region: l.region.toLocaleUpperCase("ru"), centerName: l.centerName, contacts: contacts || null, place: l.municipalityName };
}

/** The approval lines above the report's title (seed 001: «ПРИЛОЖЕНИЕ / УТВЕРЖДЕНА приказом … от … № …»). */
export function approvalLines(centerName: string, orderNumber: string, orderDate: Date): string[] {
  return ["ПРИЛОЖЕНИЕ", "УТВЕРЖДЕНА", `приказом ${centerName}`, `от ${formatDate(orderDate)} № ${orderNumber}`];
}

/** The text of an editable paragraph: as edited, else generated. */
export function paragraphText(narrative: ReportNarrative, key: string, fallback: string): string {
  const edited = narrative.paragraphs[key];
  return edited !== undefined && edited.trim().length > 0 ? edited : fallback;
}

/** Every editable paragraph with its current text (for approval: the narrative the snapshot is built from). */
export function effectiveParagraphs(data: ReportData, narrative: ReportNarrative): Record<string, string> {
  const defaults = defaultParagraphs(data);
  const out: Record<string, string> = {};
  for (const key of PARAGRAPH_KEYS) out[key] = paragraphText(narrative, key, defaults[key]);
  for (const school of data.schools) {
    const key = schoolParagraphKey(school.code);
    out[key] = paragraphText(narrative, key, defaultSchoolComment(school, data.year));
  }
  return out;
}

export type SectionContext = { data: ReportData; text: (key: ParagraphKey) => string; schoolText: (code: string) => string };

export function buildReportDocument(data: ReportData, narrative: ReportNarrative): ReportDocument {
  const defaults = defaultParagraphs(data);
  const ctx: SectionContext = {
    data,
    text: (key) => paragraphText(narrative, key, defaults[key]),
    schoolText: (code) => {
      const school = data.schools.find((s) => s.code === code);
      return paragraphText(narrative, schoolParagraphKey(code), school ? defaultSchoolComment(school, data.year) : "");
    },
  };
  const tasks = narrative.tasks.map((t) => t.trim()).filter((t) => t.length > 0);
  const letterhead = documentLetterhead(data.letterhead);
  return {
    format: 1,
    heading: "Аналитическая справка",
    title: data.title,
    letterhead,
    cycle: {
      year: data.year,
      title: data.cycleTitle,
      orderNumber: data.roadmapOrder.number,
      orderDate: data.roadmapOrder.date ? formatDate(data.roadmapOrder.date) : null,
    },
    approval: data.approval
      ? {
          orderNumber: data.approval.orderNumber,
          orderDate: formatDate(data.approval.orderDate),
          lines: approvalLines(data.letterhead.centerName, data.approval.orderNumber, data.approval.orderDate),
        }
      : null,
    sections: [
      { key: "intro", heading: "", blocks: [{ type: "paragraph", text: ctx.text("intro"), editableKey: "intro" }] },
      mncSection(ctx),
      mtkpSection(ctx),
      schoolsSection(ctx),
      resultsSection(ctx),
      {
        key: "tasks",
        heading: `V. Задачи на ${data.year + 1} год`,
        blocks: [
          { type: "paragraph", text: "По итогам анализа определены следующие задачи:" },
          tasks.length
            ? { type: "list", ordered: true, items: punctuateTasks(tasks), editableKey: "tasks" }
            : { type: "paragraph", text: "Задачи на следующий год не определены.", editableKey: "tasks" },
        ],
      },
    ],
    signature: { position: "Директор Центра", name: data.letterhead.directorName ?? "" },
  };
}

/** The editable keys a document offers (paragraphs and the tasks list). */
export function editableKeys(document: ReportDocument): string[] {
  return document.sections.flatMap((s) => s.blocks.flatMap((b) => ("editableKey" in b && b.editableKey ? [b.editableKey] : [])));
}

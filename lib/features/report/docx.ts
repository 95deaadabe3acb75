import "server-only";
/**
 * The analytical report and its order as Word documents (`docx`): A4 with
 * the margins of Russian office papers, Times New Roman 14, the centre's
 * letterhead, real Word headings («Заголовок 1/2», so the navigation pane
 * and a table of contents work), tables with a repeated header row, page
 * numbers from the second page. Renders a `ReportDocument` / `OrderDocument`
 * as they are: no data is read here.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from "docx";
import type { Block, DocumentLetterhead, ReportDocument } from "@/lib/domain/report/document";
import { orderItemText, type OrderDocument } from "@/lib/domain/report/order";
import { nonBreaking } from "@/lib/domain/report/sentences";

const FONT = "Times New Roman";
/** Half-points. */
const BODY = 28;
const SMALL = 24;
const TINY = 20;
/** Twips: 1 cm = 567. Left 3 cm, right 1.5 cm, top and bottom 2 cm. */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = 11906 - MARGIN.left - MARGIN.right;
const INDENT = 709;

const styles = {
  default: {
    document: { run: { font: FONT, size: BODY, language: { value: "ru-RU" } }, paragraph: { spacing: { line: 276 } } },
    title: { run: { font: FONT, size: BODY, bold: true, color: "000000" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } } },
    heading1: { run: { font: FONT, size: BODY, bold: true, color: "000000" }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: FONT, size: BODY, bold: true, italics: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  },
  // Named styles instead of per-paragraph properties: the files are smaller and Word users can restyle them.
  paragraphStyles: [
    { id: "BodyText", name: "Body Text", basedOn: "Normal", quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 120 } } },
    { id: "TableText", name: "Table Text", basedOn: "Normal", run: { size: SMALL }, paragraph: { spacing: { line: 240 } } },
    { id: "TableNumber", name: "Table Number", basedOn: "TableText", paragraph: { alignment: AlignmentType.CENTER } },
  ],
};

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number; allCaps?: boolean } = {}) => new TextRun({ text: nonBreaking(value), ...options });

function body(value: string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ style: "BodyText", children: [text(value)], ...options });
}

function centered(value: string, options: { bold?: boolean; size?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: options.after ?? 0 }, children: [text(value, { bold: options.bold, size: options.size })] });
}

/** Region, centre and contacts, ruled off below (seed 001's letterhead). */
function letterheadParagraphs(l: DocumentLetterhead): Paragraph[] {
  return [
    centered(l.region, { bold: true, size: SMALL }),
    centered(l.centerName, { bold: true, size: SMALL }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 4 } },
      children: l.contacts ? [text(l.contacts, { size: TINY })] : [],
    }),
  ];
}

/** Right-hand block («ПРИЛОЖЕНИЕ / УТВЕРЖДЕНА …» or «ПРОЕКТ»). */
function rightBlock(lines: readonly string[], bold = false): Paragraph[] {
  return lines.map((line, i) => new Paragraph({ indent: { left: Math.round(TEXT_WIDTH * 0.55) }, spacing: { after: i === lines.length - 1 ? 240 : 0 }, children: [text(line, { bold })] }));
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const TABLE_BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** Borders and margins are the table's, widths its grid's: a cell is only its paragraph (thousands of cells at municipal scale). */
function cell(value: string, options: { bold?: boolean; numeric?: boolean }) {
  return new TableCell({ children: [new Paragraph({ style: options.numeric ? "TableNumber" : "TableText", children: [text(value, { bold: options.bold })] })] });
}

const isNumeric = (value: string) => /^[\d\s,.%–—+-]+$/u.test(value.replace(/\u00a0/g, " "));

/**
 * Column widths in twips. Each column after the first (the label) asks for
 * room for its longest header word in bold (so «Мероприятий» is not broken
 * letter by letter), its longest cell word, and — for a text column such as
 * a curator's name — half its average cell length, so a name wraps at most
 * once. Together they take at most 60 % of the line (scaled down
 * proportionally when they ask for more); the first column takes the rest.
 */
const CHAR = 130; // twips per character of the 12 pt table text (measured in LibreOffice)
const BOLD_CHAR = 150;
const CELL_PADDING = 200;
const longestWord = (value: string) => Math.max(0, ...value.split(/[\s\u00a0]+/).map((w) => w.length));

export function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[] = []): number[] {
  if (headers.length === 1) return [TEXT_WIDTH];
  const wants = headers.slice(1).map((header, k) => {
    const cells = rows.map((r) => r[k + 1] ?? "").filter((v) => v !== "");
    const text = cells.filter((v) => !isNumeric(v));
    const averageText = text.length > cells.length / 2 ? text.reduce((sum, v) => sum + v.length, 0) / text.length : 0;
    const chars = Math.max(6 * CHAR, longestWord(header) * BOLD_CHAR, Math.min(24, Math.max(0, ...cells.map(longestWord))) * CHAR, (Math.min(averageText, 40) / 2) * CHAR);
    return chars + CELL_PADDING;
  });
  const asked = wants.reduce((a, b) => a + b, 0);
  const budget = TEXT_WIDTH * 0.6;
  const rest = wants.map((w) => Math.floor(asked > budget ? (w * budget) / asked : w));
  return [TEXT_WIDTH - rest.reduce((a, b) => a + b, 0), ...rest];
}

function tableOf(block: Extract<Block, { type: "table" }>, number: number): (Paragraph | Table)[] {
  const widths = columnWidths(block.columns, block.rows);
  // A column of mostly numbers is centred as a whole («0 шт.», «да», «—» beside «35 %» too).
  const numericColumn = block.columns.map((_, i) => {
    const cells = block.rows.map((r) => r[i] ?? "").filter((v) => v !== "" && v !== "—");
    return i > 0 && cells.filter(isNumeric).length * 2 >= cells.length;
  });
  const row = (values: string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: values.map((v, i) => cell(v, { bold, numeric: i > 0 && (header || numericColumn[i] || isNumeric(v)) })),
    });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [text(`Таблица ${number} – ${block.caption}`, { size: SMALL })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      rows: [row(block.columns, true, true), ...block.rows.map((r) => row(r, false)), ...(block.footer ? [row(block.footer, true)] : [])],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

function blockElements(block: Block, counter: { tables: number }): (Paragraph | Table)[] {
  switch (block.type) {
    case "paragraph":
      return [body(block.text)];
    case "subheading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(block.text)] })];
    case "list":
      return block.items.map((item, i) => body(`${block.ordered ? `${i + 1})` : "–"} ${item}`, { spacing: { after: 60 } }));
    case "table":
      counter.tables += 1;
      return tableOf(block, counter.tables);
  }
}

/** «Директор Центра ________ О.В. Мартынова» on one line, the name at the right margin. */
function signatureLine(position: string, name: string): Paragraph {
  return new Paragraph({
    spacing: { before: 480 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [text(position), text(`\t${name}`)],
  });
}

/** A signature whose position may take several lines: position on the left, name at the bottom right. */
function signatureTable(position: string, name: string): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const left = Math.round(TEXT_WIDTH * 0.6);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, TEXT_WIDTH - left],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({ borders: noBorders, width: { size: left, type: WidthType.DXA }, children: [new Paragraph({ children: [text(position)] })] }),
          new TableCell({
            borders: noBorders,
            width: { size: TEXT_WIDTH - left, type: WidthType.DXA },
            verticalAlign: "bottom",
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(name)] })],
          }),
        ],
      }),
    ],
  });
}

/** The approved snapshot's content hash, last and small: whoever holds the file can check it against the system. */
function hashLine(hash: string): Paragraph {
  return new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: `Контрольная сумма (SHA-256): ${hash}`, size: TINY })] });
}

function pageSetup(children: (Paragraph | Table)[]) {
  return {
    properties: { page: { margin: MARGIN }, titlePage: true },
    headers: {
      default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SMALL })] })] }),
      first: new Header({ children: [] }),
    },
    footers: { first: new Footer({ children: [] }) },
    children,
  };
}

/**
 * The report as .docx: letterhead, «ПРИЛОЖЕНИЕ / УТВЕРЖДЕНА …» or «ПРОЕКТ», title, sections I–V, signature,
 * and for an approved report the content hash of its snapshot.
 */
export async function renderReportDocx(doc: ReportDocument, options: { contentHash?: string | null } = {}): Promise<Buffer> {
  const counter = { tables: 0 };
  const children: (Paragraph | Table)[] = [
    ...letterheadParagraphs(doc.letterhead),
    ...(doc.approval ? rightBlock(doc.approval.lines) : rightBlock(["ПРОЕКТ"], true)),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(doc.heading)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(`«${doc.title}»`, { bold: true })] }),
  ];
  for (const section of doc.sections) {
    if (section.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(section.heading)] }));
    for (const block of section.blocks) children.push(...blockElements(block, counter));
  }
  children.push(signatureLine(doc.signature.position, doc.signature.name));
  if (options.contentHash) children.push(hashLine(options.contentHash));
  const document = new Document({
    creator: doc.letterhead.centerName,
    title: `${doc.heading} «${doc.title}»`,
    description: doc.approval ? `Утверждена приказом от ${doc.approval.orderDate} № ${doc.approval.orderNumber}` : "Проект",
    styles,
    sections: [pageSetup(children)],
  });
  return Packer.toBuffer(document);
}

/**
 * The order as .docx: letterhead, «ПРИКАЗ», date and number, place, title, basis, «п р и к а з ы в а ю:», items,
 * signature, and once the report is approved the content hash of the snapshot (the report with this order).
 */
export async function renderOrderDocx(order: OrderDocument, options: { draft: boolean; contentHash?: string | null }): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...letterheadParagraphs(order.letterhead),
    ...(options.draft ? rightBlock(["ПРОЕКТ"], true) : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(order.heading)] }),
    new Paragraph({
      spacing: { before: 120 },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [text(order.dateLine), text(`\t№ ${order.number}`)],
    }),
    centered(order.letterhead.place, { after: 240 }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(order.title, { bold: true })] }),
    ...order.preamble.map((p) => body(p)),
    body(order.decree, { spacing: { before: 120, after: 120 } }),
    ...order.items.map((item) => body(orderItemText(item))),
    new Paragraph({ spacing: { after: 360 }, children: [] }),
    signatureTable(order.signature.position, order.signature.name),
    ...(options.contentHash ? [hashLine(options.contentHash)] : []),
  ];
  const document = new Document({
    creator: order.letterhead.centerName,
    title: `Приказ от ${order.date} № ${order.number}`,
    description: options.draft ? "Проект" : `Приказ от ${order.date} № ${order.number}`,
    styles,
    sections: [pageSetup(children)],
  });
  return Packer.toBuffer(document);
}

const TRANSLIT_SAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** «Аналитическая справка 2025.docx», «Приказ № 31 от 27.12.2025.docx», «Проект приказа 2025.docx». */
export function reportFilename(doc: ReportDocument): string {
  return `Аналитическая справка ${doc.cycle.year}${doc.approval ? "" : " (проект)"}.docx`.replace(TRANSLIT_SAFE, " ");
}

export function orderFilename(order: OrderDocument, draft: boolean, year: number): string {
  return (draft ? `Проект приказа ${year}.docx` : `Приказ № ${order.number} от ${order.date}.docx`).replace(TRANSLIT_SAFE, " ");
}

import { cn } from "@/components/ui/cn";
import { PARAGRAPH_LABELS, type ParagraphKey } from "@/lib/domain/report/defaults";
import type { Block, DocumentLetterhead, ReportDocument } from "@/lib/domain/report/document";
import { nonBreaking as nb } from "@/lib/domain/report/sentences";
import { EditableParagraph } from "./editable-paragraph";
import { ReportTitleEditor } from "./report-title-editor";
import { TasksEditor } from "./tasks-editor";

/** What a draft's editor needs: the report's version, the paragraphs edited by hand and the tasks as stored. */
export type ReportEditing = { reportId: string; version: number; edited: ReadonlySet<string>; tasks: string[] };

/**
 * The report rendered as a paper: the same `ReportDocument` the .docx is
 * made of. With `editing` (a draft, for the coordinator) every editable
 * paragraph, the title and the tasks get their «Изменить»; without it (an
 * approved report, the print view) it is read only.
 */
export function ReportDocumentView({ document: doc, editing, print = false }: { document: ReportDocument; editing?: ReportEditing; print?: boolean }) {
  let tables = 0;
  let school = "";
  const Heading = print ? "h1" : "p";

  const renderBlock = (block: Block, i: number) => {
    switch (block.type) {
      case "subheading":
        school = block.text;
        return (
          <h3 key={i} className="mt-6 break-after-avoid font-bold italic">
            {nb(block.text)}
          </h3>
        );
      case "paragraph": {
        if (editing && block.editableKey && block.editableKey !== "tasks") {
          const label = PARAGRAPH_LABELS[block.editableKey as ParagraphKey] ?? `Комментарий по школе ${school}`;
          return (
            <EditableParagraph
              key={`${block.editableKey}-${editing.version}`}
              reportId={editing.reportId}
              version={editing.version}
              paragraphKey={block.editableKey}
              label={label}
              text={block.text}
              edited={editing.edited.has(block.editableKey)}
            />
          );
        }
        const paragraph = (
          <p key={i} className="indent-8 sm:text-justify">
            {nb(block.text)}
          </p>
        );
        if (editing && block.editableKey === "tasks") return <TasksEditor key={`tasks-${editing.version}`} reportId={editing.reportId} version={editing.version} tasks={editing.tasks} printed={paragraph} />;
        return paragraph;
      }
      case "list": {
        const list = (
          <ul key={i} className="space-y-1">
            {block.items.map((item, n) => (
              <li key={n} className="indent-8 sm:text-justify">
                {block.ordered ? `${n + 1}) ` : "– "}
                {nb(item)}
              </li>
            ))}
          </ul>
        );
        if (editing && block.editableKey === "tasks") return <TasksEditor key={`tasks-${editing.version}`} reportId={editing.reportId} version={editing.version} tasks={editing.tasks} printed={list} />;
        return list;
      }
      case "table":
        tables += 1;
        return (
          <div key={i} className="my-3 overflow-x-auto break-inside-avoid">
            <table className="w-full border-collapse text-sm leading-snug print:text-[11pt]">
              <caption className="mb-1 text-left text-base">
                Таблица {tables} – {nb(block.caption)}
              </caption>
              <thead>
                <tr>
                  {block.columns.map((c, n) => (
                    <th key={n} scope="col" className={cn("border border-slate-500 bg-slate-50 px-2 py-1 align-bottom font-semibold", n > 0 ? "text-center" : "text-left")}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r} className="break-inside-avoid">
                    {row.map((value, n) =>
                      n === 0 ? (
                        <th key={n} scope="row" className="border border-slate-500 px-2 py-1 text-left align-top font-normal">
                          {nb(value)}
                        </th>
                      ) : (
                        <td key={n} className="whitespace-nowrap border border-slate-500 px-2 py-1 text-center align-top tabular-nums">
                          {value}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
              {block.footer ? (
                <tfoot>
                  <tr>
                    {block.footer.map((value, n) => (
                      <td key={n} className={cn("border border-slate-500 px-2 py-1 font-semibold", n > 0 ? "text-center tabular-nums" : "text-left")}>
                        {value}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
        );
    }
  };

  const title = <p className="text-center font-bold">«{nb(doc.title)}»</p>;
  return (
    <article
      aria-label={`${doc.heading} «${doc.title}»`}
      className={cn(
        "mx-auto max-w-4xl bg-white font-serif text-[15px] leading-relaxed text-slate-900",
        print ? "p-0" : "rounded-lg border border-slate-200 px-4 py-6 shadow-sm sm:px-12 sm:py-10 print:border-0 print:p-0 print:shadow-none",
      )}
    >
      <Letterhead letterhead={doc.letterhead} />
      <div className="mb-4 flex justify-end">
        {doc.approval ? (
          <div className="w-full max-w-xs text-left">
            {doc.approval.lines.map((line) => (
              <p key={line}>{nb(line)}</p>
            ))}
          </div>
        ) : (
          <p className="font-bold tracking-widest">ПРОЕКТ</p>
        )}
      </div>
      <Heading className="mt-2 text-center text-lg font-bold">{doc.heading}</Heading>
      {editing ? (
        <ReportTitleEditor key={`title-${editing.version}`} reportId={editing.reportId} version={editing.version} title={doc.title}>
          {title}
        </ReportTitleEditor>
      ) : (
        title
      )}
      {doc.sections.map((section) => (
        <section key={section.key} aria-labelledby={section.heading ? `report-${section.key}` : undefined} className="mt-4 space-y-3">
          {section.heading ? (
            <h2 id={`report-${section.key}`} className="mt-8 break-after-avoid text-base font-bold">
              {section.heading}
            </h2>
          ) : null}
          {section.blocks.map(renderBlock)}
        </section>
      ))}
      <div className="mt-10 flex flex-wrap items-end justify-between gap-4">
        <p>{doc.signature.position}</p>
        <p>{doc.signature.name}</p>
      </div>
    </article>
  );
}

/** Region, centre and contacts, ruled off (the .docx letterhead). */
export function Letterhead({ letterhead }: { letterhead: DocumentLetterhead }) {
  return (
    <header className="mb-4 border-b-2 border-slate-800 pb-2 text-center text-sm">
      <p className="font-bold">{letterhead.region}</p>
      <p className="font-bold">{letterhead.centerName}</p>
      {letterhead.contacts ? <p className="text-xs">{letterhead.contacts}</p> : null}
    </header>
  );
}
